package org.dossier.web.privacy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code strace -f -e trace=connect,sendto,sendmsg,sendmmsg,bind -o FILE} wrote and finds every call
 * that reached for an address off the machine, or listened on one.
 *
 * <p>Allowed: {@code AF_INET} and {@code AF_INET6} addresses on loopback (127.0.0.0/8, ::1, and IPv4-mapped
 * ::ffff:127.x), and the local families {@code AF_UNIX} (the name-service cache socket), {@code AF_NETLINK} (the
 * kernel) and {@code AF_UNSPEC} (a datagram socket letting go of its peer). Everything else is a violation,
 * an address strace printed in a form this class does not read included: the check fails closed.
 *
 * <p>With {@code -f}, strace splits a call that another thread interrupts into a {@code <unfinished ...>} line and
 * a {@code <... connect resumed>} line of the same process id; the two are joined before the call is read. Data a
 * call sends is printed as a quoted string and may hold any text, so addresses are only looked for outside quotes.
 */
final class StraceLog {

    /** A call, as strace printed it (an interrupted one joined again), and what is wrong with it. */
    record Violation(String call, String reason) {
    }

    /** How often each address family appeared in the log, and the calls that left the machine. */
    record Analysis(Map<String, Integer> families, List<Violation> violations) {

        Analysis {
            families = Map.copyOf(families);
            violations = List.copyOf(violations);
        }
    }

    private static final Set<String> LOCAL_FAMILIES = Set.of("AF_UNIX", "AF_NETLINK", "AF_UNSPEC");
    private static final Pattern PID = Pattern.compile("^(\\d+)\\s+");
    private static final String UNFINISHED = "<unfinished ...>";
    private static final Pattern RESUMED = Pattern.compile("^<\\.\\.\\. \\w+ resumed>");
    private static final Pattern FAMILY = Pattern.compile("sa_family=(\\w+)");
    private static final Pattern INET_ADDRESS = Pattern.compile("sin_addr=inet_addr\\(\"([^\"]*)\"\\)");
    private static final Pattern INET6_ADDRESS = Pattern.compile("inet_pton\\(AF_INET6, \"([^\"]*)\"");

    private StraceLog() {
    }

    static Analysis analyse(List<String> lines) {
        Map<String, Integer> families = new TreeMap<>();
        List<Violation> violations = new ArrayList<>();
        for (String call : calls(lines)) {
            String outsideQuotes = blankQuotedText(call);
            Matcher family = FAMILY.matcher(outsideQuotes);
            while (family.find()) {
                families.merge(family.group(1), 1, Integer::sum);
                int end = outsideQuotes.indexOf('}', family.end());
                String sockaddr = call.substring(family.start(), end < 0 ? call.length() : end);
                reasonToRefuse(family.group(1), sockaddr)
                        .ifPresent(reason -> violations.add(new Violation(call, reason)));
            }
        }
        return new Analysis(families, violations);
    }

    /** The calls in the log as strace printed them, signals and exits left out, interrupted calls joined again. */
    private static List<String> calls(List<String> lines) {
        List<String> calls = new ArrayList<>();
        Map<String, String> unfinished = new HashMap<>();
        for (String line : lines) {
            String call = line.strip();
            Matcher pid = PID.matcher(call); // with -f, every line starts with the process id
            boolean withPid = pid.find();
            String process = withPid ? pid.group(1) : "";
            String text = withPid ? call.substring(pid.end()) : call;
            if (text.startsWith("---") || text.startsWith("+++") || text.isEmpty()) {
                continue;
            }
            if (text.endsWith(UNFINISHED)) {
                unfinished.put(process, call.substring(0, call.length() - UNFINISHED.length()).strip());
                continue;
            }
            Matcher resumed = RESUMED.matcher(text);
            String start = resumed.find() ? unfinished.remove(process) : null;
            calls.add(start == null ? call : start + text.substring(resumed.end()));
        }
        calls.addAll(unfinished.values()); // threads that never came back
        return calls;
    }

    private static Optional<String> reasonToRefuse(String family, String sockaddr) {
        if (LOCAL_FAMILIES.contains(family)) {
            return Optional.empty();
        }
        Pattern literal = switch (family) {
            case "AF_INET" -> INET_ADDRESS;
            case "AF_INET6" -> INET6_ADDRESS;
            default -> null;
        };
        if (literal == null) {
            return Optional.of(family + " is not a local address family");
        }
        Matcher found = literal.matcher(sockaddr);
        if (!found.find()) {
            return Optional.of(family + " address not readable");
        }
        try {
            // a literal, never looked up; IPv4-mapped IPv6 literals come back as the IPv4 address they hold
            InetAddress ip = InetAddress.ofLiteral(found.group(1));
            return ip.isLoopbackAddress() ? Optional.empty()
                    : Optional.of(family + " " + found.group(1) + " is not loopback");
        } catch (IllegalArgumentException e) {
            return Optional.of(family + " address not readable: " + found.group(1));
        }
    }

    /** The call with the inside of every quoted string replaced by spaces: same length, so positions still match. */
    private static String blankQuotedText(String call) {
        StringBuilder blanked = new StringBuilder(call.length());
        boolean quoted = false;
        for (int i = 0; i < call.length(); i++) {
            char c = call.charAt(i);
            if (quoted && c == '\\' && i + 1 < call.length()) {
                blanked.append("  ");
                i++;
            } else if (c == '"') {
                quoted = !quoted;
                blanked.append(c);
            } else {
                blanked.append(quoted ? ' ' : c);
            }
        }
        return blanked.toString();
    }
}
