package org.dossier.web.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dossier.web.security.RawHttp;

/**
 * The attacks of a hostile web page and of another local account, replayed against the packaged jar: a foreign
 * Host (DNS rebinding), a cross-site form that would add /etc as a source, GETs that once asked questions, a
 * change with its parameters in the address; then the headers every page carries and the data directory's modes.
 * Each must be refused or hold; the list of what did not is the result.
 */
final class AttackReplay {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private AttackReplay() {
    }

    /** What was not refused, one line each; empty when every attack failed. */
    static List<String> replay(int port, Path dataDir, String apiToken) throws IOException {
        List<String> held = new ArrayList<>();
        String host = "Host: 127.0.0.1:" + port;
        expect(held, "foreign Host", 403, RawHttp.get(port, "/api/search?q=harbour", "Host: evil.example"));
        String form = "folder=%2Fetc";
        expect(held, "cross-site form adding /etc", 403, RawHttp.send(port, "POST /library/sources HTTP/1.1\r\n"
                + host + "\r\nOrigin: http://evil.example\r\nSec-Fetch-Site: cross-site\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form));
        expect(held, "GET that asks", 405, RawHttp.get(port, "/api/ask?q=harbour", host));
        expect(held, "change with parameters in the address", 403, RawHttp.send(port,
                "POST /api/ask?q=harbour HTTP/1.1\r\n" + host + "\r\nAuthorization: Bearer " + apiToken
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        RawHttp.Response page = RawHttp.get(port, "/?q=harbour", host);
        if (!page.head().contains("Content-Security-Policy: default-src 'self'")
                || !page.head().contains("X-Frame-Options: DENY") || page.body().contains("Retrieved passages")) {
            held.add("the page lacks its security headers, or a GET asked:\n" + page.head());
        }
        RawHttp.Response sources = RawHttp.get(port, "/api/status", host);
        if (sources.body().contains("\"/etc\"")) {
            held.add("/etc became a source");
        }
        held.addAll(readableByOthers(dataDir));
        return held;
    }

    private static void expect(List<String> held, String attack, int status, RawHttp.Response response) {
        if (response.status() != status) {
            held.add(attack + ": " + response.status() + " (expected " + status + ")");
        }
    }

    private static List<String> readableByOthers(Path dataDir) throws IOException {
        if (!Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
            return List.of();
        }
        try (Stream<Path> entries = Files.walk(dataDir)) {
            return entries.filter(path -> !Files.isSymbolicLink(path))
                    .filter(path -> {
                        try {
                            Set<PosixFilePermission> modes = Files.getPosixFilePermissions(path);
                            modes.retainAll(OTHERS);
                            return !modes.isEmpty();
                        } catch (IOException gone) {
                            return false;
                        }
                    })
                    .map(path -> "readable by other accounts: " + dataDir.relativize(path)).toList();
        }
    }
}
