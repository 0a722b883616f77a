package org.dossier.indexer.internal.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.metadata.MAPI;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PST;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.dossier.indexer.MailHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link MailHeaders} from the metadata Tika's mail parsers leave, which differ by format (checked on Tika
 * 3.3.1): RFC822Parser (mbox, .eml) gives "Name &lt;address&gt;" per recipient and the raw Message-ID, In-Reply-To
 * and References headers; OutlookExtractor (.msg) gives names and addresses in aligned lists, the MAPI ids, and the
 * transport headers when the message came over SMTP; the .pst parser gives the same lists with the whole display
 * line first, and the Message-ID as the identifier.
 */
final class MailHeaderReader {

    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("<?([^<>\\s]+@[^<>\\s]+)>?");

    private MailHeaderReader() {
    }

    /**
     * @param pstFolders the .pst folders the message was found in, outermost first, when the container said so
     */
    static MailHeaders read(Metadata metadata, @Nullable List<String> pstFolders) {
        String[] references = rawHeader(metadata, "References");
        return new MailHeaders(
                sender(metadata),
                recipients(metadata, Metadata.MESSAGE_TO, Message.MESSAGE_TO_DISPLAY_NAME, Message.MESSAGE_TO_NAME,
                        Message.MESSAGE_TO_EMAIL),
                recipients(metadata, Metadata.MESSAGE_CC, Message.MESSAGE_CC_DISPLAY_NAME, Message.MESSAGE_CC_NAME,
                        Message.MESSAGE_CC_EMAIL),
                firstId(rawHeader(metadata, "Message-ID"), metadata.getValues(MAPI.INTERNET_MESSAGE_ID),
                        metadata.getValues(TikaCoreProperties.IDENTIFIER)),
                firstId(rawHeader(metadata, "In-Reply-To"), metadata.getValues(MAPI.IN_REPLY_TO_ID)),
                allIds(references.length > 0 ? references : metadata.getValues(MAPI.INTERNET_REFERENCES)),
                folder(pstFolders, metadata.get(PST.PST_FOLDER_PATH)));
    }

    /**
     * When the message was sent: in a .pst its submit time, which Tika keeps apart from its creation time (when the
     * draft was started); otherwise the Date (RFC 822) or the message date (.msg), which Tika gives as created.
     */
    static @Nullable Instant sentAt(Metadata metadata) {
        Date submitted = metadata.getDate(Office.MAPI_MESSAGE_CLIENT_SUBMIT_TIME);
        Date created = metadata.getDate(TikaCoreProperties.CREATED);
        Date date = submitted != null ? submitted : created;
        return date == null ? null : date.toInstant();
    }

    /**
     * "Name &lt;address&gt;" wherever it is: whole in RFC 822; split into name and address in Outlook, where the
     * address may be an Exchange directory name ("/O=…/CN=…") and the SMTP one only in the transport headers.
     */
    private static @Nullable String sender(Metadata metadata) {
        String from = blankToNull(metadata.get(Metadata.MESSAGE_FROM));
        if (from != null && from.contains("@")) {
            return person(from, "");
        }
        String name = from != null ? from : blankToNull(metadata.get(Message.MESSAGE_FROM_NAME));
        String email = metadata.get(Message.MESSAGE_FROM_EMAIL);
        if (isSmtp(email)) {
            return person(name == null ? "" : name, email);
        }
        String[] transport = rawHeader(metadata, "From");
        if (transport.length > 0 && transport[0].contains("@")) {
            return person(transport[0], "");
        }
        return name;
    }

    /**
     * Outlook lists names and addresses per recipient in step (a .pst puts the whole display line before them);
     * RFC 822 gives one "Name &lt;address&gt;" per value, and a .msg without a recipient table a "a; b" line.
     */
    private static List<String> recipients(Metadata metadata, String combined, Property displayNames, Property names,
                                           Property emails) {
        String[] addresses = metadata.getValues(emails);
        Set<String> people = new LinkedHashSet<>();
        if (Arrays.stream(addresses).anyMatch(a -> !a.isBlank())) {
            List<String> labels = anyNonBlank(metadata.getValues(displayNames))
                    ? List.of(metadata.getValues(displayNames)) : List.of(metadata.getValues(names));
            if (labels.size() == addresses.length + 1) {
                labels = labels.subList(1, labels.size());
            }
            for (int i = 0; i < addresses.length; i++) {
                add(people, person(i < labels.size() ? labels.get(i) : "", addresses[i]));
            }
        } else {
            for (String value : metadata.getValues(combined)) {
                boolean outlookLine = !value.contains("@") && value.contains(";");
                for (String one : outlookLine ? value.split(";") : new String[] {value}) {
                    add(people, person(one, ""));
                }
            }
        }
        return List.copyOf(people);
    }

    private static void add(Set<String> people, @Nullable String person) {
        if (person != null && people.stream().noneMatch(known -> known.equalsIgnoreCase(person))) {
            people.add(person);
        }
    }

    /** "Name &lt;address&gt;", or whichever of the two is known; an Exchange directory name is not an address. */
    private static @Nullable String person(String name, String email) {
        String label = name.strip();
        if (label.length() > 1 && label.startsWith("'") && label.endsWith("'")) {
            label = label.substring(1, label.length() - 1).strip(); // Outlook quotes a bare address
        }
        Matcher bare = BARE_ADDRESS.matcher(label);
        if (bare.matches()) {
            label = bare.group(1); // "<a@b>" alone is an address, not a name
        }
        String address = isSmtp(email) ? email.strip() : "";
        if (address.isEmpty() || label.equalsIgnoreCase(address) || label.contains("<" + address + ">")) {
            return label.isEmpty() ? blankToNull(address) : label;
        }
        return label.isEmpty() ? address : label + " <" + address + ">";
    }

    private static boolean isSmtp(@Nullable String email) {
        return email != null && email.contains("@") && !email.strip().startsWith("/");
    }

    /** A raw header whatever the case it was written in ("Message-Id", "Message-ID"). */
    private static String[] rawHeader(Metadata metadata, String header) {
        String wanted = (Message.MESSAGE_RAW_HEADER_PREFIX + header).toLowerCase(Locale.ROOT);
        return Arrays.stream(metadata.names()).filter(name -> name.toLowerCase(Locale.ROOT).equals(wanted))
                .flatMap(name -> Arrays.stream(metadata.getValues(name))).toArray(String[]::new);
    }

    /** The first Message-ID found, looking in each source in turn. */
    private static @Nullable String firstId(String[]... sources) {
        return Arrays.stream(sources).map(MailHeaderReader::allIds).flatMap(List::stream).findFirst().orElse(null);
    }

    /** Message-IDs without their angle brackets; a value without brackets is one id if it has no spaces. */
    private static List<String> allIds(String... values) {
        List<String> ids = new ArrayList<>();
        for (String value : values) {
            Matcher matcher = ANGLE_ID.matcher(value);
            boolean any = false;
            while (matcher.find()) {
                any = true;
                if (!ids.contains(matcher.group(1))) {
                    ids.add(matcher.group(1));
                }
            }
            String bare = value.strip();
            if (!any && !bare.isEmpty() && !bare.contains(" ") && !ids.contains(bare)) {
                ids.add(bare);
            }
        }
        return ids;
    }

    /**
     * The folder below the file's top folder ("Top of Outlook data file", in the language of the Outlook that
     * made it, which the file itself stands for). Tika's own path is the fallback: it is wrong below the first
     * level in Tika 3.3.1 (see {@link PstFolderTrail}).
     */
    private static @Nullable String folder(@Nullable List<String> pstFolders, @Nullable String tikaPath) {
        List<String> path = pstFolders != null ? pstFolders
                : tikaPath == null ? List.of() : Arrays.stream(tikaPath.split("/")).filter(s -> !s.isBlank()).toList();
        return path.size() < 2 ? null : String.join("/", path.subList(1, path.size()));
    }

    private static boolean anyNonBlank(String[] values) {
        return Arrays.stream(values).anyMatch(value -> !value.isBlank());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
