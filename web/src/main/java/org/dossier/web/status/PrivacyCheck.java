package org.dossier.web.status;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dossier.engine.EngineProperties;
import org.dossier.engine.LoopbackPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The privacy self-check of the status page: the web server's address and every configured model endpoint are
 * loopback, and (on Linux) every socket this process listens on is bound to loopback.
 */
@Component
public final class PrivacyCheck {

    /** One check, passed or not, with what was seen. */
    public record Check(String what, boolean passed, String seen) {
    }

    private final Environment environment;
    private final EngineProperties engine;

    PrivacyCheck(Environment environment, EngineProperties engine) {
        this.environment = environment;
        this.engine = engine;
    }

    public List<Check> run() {
        List<Check> checks = new ArrayList<>();
        String address = environment.getProperty("server.address", "127.0.0.1");
        checks.add(endpoint("Web server address (server.address)", address, null));
        checks.add(endpoint("Model server (dossier.engine.base-url)", null, engine.baseUrl()));
        checks.add(endpoint("Reranker server (dossier.engine.reranker-base-url)", null, engine.rerankerBaseUrl()));
        checks.add(listening());
        return checks;
    }

    private static Check endpoint(String what, @Nullable String host, @Nullable URI uri) {
        if (host == null && uri == null) {
            return new Check(what, true, "not configured");
        }
        try {
            if (uri != null) {
                LoopbackPolicy.requireLoopbackUri(what, uri);
            } else {
                LoopbackPolicy.requireLoopbackHost(what, host);
            }
            return new Check(what, true, uri != null ? uri.toString() : host);
        } catch (RuntimeException e) {
            return new Check(what, false, e.getMessage());
        }
    }

    /** The TCP sockets this process listens on, read from /proc (Linux); each must be on a loopback address. */
    private static Check listening() {
        String what = "Sockets Dossier listens on";
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return new Check(what, true, "not checked on this system (no /proc): use lsof -nP -iTCP -sTCP:LISTEN");
        }
        try {
            Set<String> inodes = new HashSet<>();
            try (Stream<Path> links = Files.list(fds)) {
                links.forEach(link -> {
                    try {
                        String target = Files.readSymbolicLink(link).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                });
            }
            List<String> loopback = new ArrayList<>();
            List<String> exposed = new ArrayList<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path file = Path.of(table);
                if (!Files.isReadable(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
                    String[] f = line.strip().split("\\s+");
                    if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                        InetAddress local = address(f[1].split(":")[0]);
                        String shown = local.getHostAddress() + ":" + Integer.parseInt(f[1].split(":")[1], 16);
                        (local.isLoopbackAddress() ? loopback : exposed).add(shown);
                    }
                }
            }
            return exposed.isEmpty() ? new Check(what, true, loopback.isEmpty() ? "none" : String.join(", ", loopback))
                    : new Check(what, false, "not loopback: " + String.join(", ", exposed));
        } catch (IOException | RuntimeException e) {
            return new Check(what, false, "could not read the sockets: " + e.getMessage());
        }
    }

    /** An address as /proc/net writes it: hex, each 32-bit word in the machine's (little-endian) order. */
    private static InetAddress address(String hex) throws UnknownHostException {
        byte[] raw = new BigInteger("1" + hex, 16).toByteArray();
        byte[] bytes = new byte[hex.length() / 2];
        System.arraycopy(raw, raw.length - bytes.length, bytes, 0, bytes.length);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swap = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swap;
            }
        }
        return InetAddress.getByAddress(bytes);
    }
}
