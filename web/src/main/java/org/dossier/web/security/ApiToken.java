package org.dossier.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.dossier.engine.DossierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token that lets the user's own scripts change things through the JSON API ({@code curl -H "Authorization:
 * Bearer $(cat ~/.dossier/api-token)" …}), where a browser page would need its CSRF token and same origin. It is
 * written once into the data directory, readable by its owner only, and kept across restarts; delete the file to
 * get a new one. A web page cannot read the file, so it cannot send the token.
 */
class ApiToken {

    static final String FILE = "api-token";
    private static final Logger log = LoggerFactory.getLogger(ApiToken.class);

    private final byte[] token;

    ApiToken(DossierProperties dossier) {
        this.token = readOrCreate(dossier.dataDir().resolve(FILE)).getBytes(StandardCharsets.US_ASCII);
    }

    /** True when the request carries {@code Authorization: Bearer <token>} with this token. */
    boolean presentedBy(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = header.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, token); // same time whatever the mismatch, so it cannot be guessed
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String existing = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (existing.length() >= 32) {
                    return existing;
                }
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String created = HexFormat.of().formatHex(random);
            write(file, created);
            log.info("Wrote a new API token to {} (for scripts that change things through the JSON API)", file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write the API token " + file + ": " + e.getMessage()
                    + " — check that the data directory is writable", e);
        }
    }

    /** Created owner-only from the start, so there is no moment when another local user could read it. */
    private static void write(Path file, String token) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            // another start wrote it meanwhile: overwrite below
        }
        Files.writeString(file, token + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        }
    }
}
