package org.dossier.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes, in lower-case hex: how a journalist proves which version of a source an answer
 * cites, and how a user pins the model file they chose. One place for every module that hashes a file.
 */
public final class FileSha256 {

    private FileSha256() {
    }

    public static String of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream()); // only the digest of the bytes is kept
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
