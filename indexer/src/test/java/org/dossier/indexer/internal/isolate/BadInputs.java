package org.dossier.indexer.internal.isolate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dossier.indexer.TestFiles;

/** Broken and hostile files, written by the tests that need them. */
final class BadInputs {

    private BadInputs() {
    }

    /** The first half of a real PDF: its cross-reference table and trailer are missing. */
    static Path truncatedPdf(Path file) throws IOException {
        TestFiles.pdf(file, List.of("The first page of the audit.", "The second page."));
        byte[] whole = Files.readAllBytes(file);
        return Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    }

    /** A PDF that opens only with a password (AES-256). */
    static Path passwordPdf(Path file) throws IOException {
        TestFiles.pdf(file, List.of("Confidential: the real tender price."));
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** A Word document encrypted with a password (agile encryption, as Office writes it). */
    static Path passwordDocx(Path file) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Confidential: the source's name.");
            document.write(plain);
        }
        try (POIFSFileSystem encrypted = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(plain.toByteArray()));
                 OutputStream out = encryptor.getDataStream(encrypted)) {
                docx.save(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                encrypted.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A small zip whose text entries expand to {@code entries × megabytes} MB. */
    static Path zipBomb(Path file, int entries, int megabytes) throws IOException {
        byte[] line = "all work and no play makes jack a dull boy ".repeat(24_000).getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry("bomb-" + e + ".txt"));
                for (long written = 0; written < (long) megabytes << 20; written += line.length) {
                    zip.write(line);
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A text file inside a zip inside a zip …, {@code depth} zips in all. */
    static Path nestedZips(Path file, int depth) throws IOException {
        byte[] content = "The innermost memo.".getBytes(StandardCharsets.UTF_8);
        String name = "memo.txt";
        for (int level = depth; level >= 1; level--) {
            content = zip(name, content);
            name = "level-" + level + ".zip";
        }
        return Files.write(file, content);
    }

    /** A zip of many small text entries. */
    static Path manyEntries(Path file, int entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry("note-" + e + ".txt"));
                zip.write(("Note number " + e).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static Path randomBytes(Path file, int size) throws IOException {
        byte[] noise = new byte[size];
        new Random(42).nextBytes(noise);
        return Files.write(file, noise);
    }

    /** One line of text, no line break, {@code megabytes} MB. */
    static Path singleLine(Path file, int megabytes) throws IOException {
        byte[] chunk = "harbour ".repeat(1 << 17).getBytes(StandardCharsets.US_ASCII); // 1 MB
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
        }
        return file;
    }

    /** A file of that size that takes no disk space (sparse). */
    static Path sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
        }
        return file;
    }

    /** A file whose name is not valid UTF-8 (byte 0xFF), written by the shell: Java cannot spell such a name. */
    static void invalidUtf8Name(Path folder, String prefix) throws Exception {
        Process touch = new ProcessBuilder("sh", "-c", "printf 'Notes under an odd name.' > \"$(printf '"
                + prefix + "\\377\\376.txt')\"").directory(folder.toFile()).inheritIO().start();
        if (touch.waitFor() != 0) {
            throw new IllegalStateException("could not write a file with an invalid UTF-8 name");
        }
    }

    /**
     * An mbox of three messages, the middle one malformed: broken encoded-word, a multipart without a boundary, base64
     * that is not base64 and bytes that are not UTF-8.
     */
    static Path mboxWithAMalformedMessage(Path file) throws IOException {
        String mbox = """
                From a@port.example Mon Mar  2 09:15:00 2026
                From: Ayse <a@port.example>
                Subject: First good message
                Date: Mon, 2 Mar 2026 09:15:00 +0100
                Message-ID: <good-1@port.example>
                Content-Type: text/plain; charset=UTF-8

                The dredging invoice was paid twice.

                From b@port.example Mon Mar  2 10:15:00 2026
                From: B <<<@@@
                Subject: =?UTF-8?B?!!!notbase64?=
                Date: yesterday-ish
                Content-Type: multipart/mixed
                Content-Transfer-Encoding: base64

                %%%% this is not base64 ****
                --nowhere
                \u0000\u0001 garbage ÿþ

                From c@port.example Tue Mar  3 10:00:00 2026
                From: Mirela <c@port.example>
                Subject: Second good message
                Date: Tue, 3 Mar 2026 10:00:00 +0100
                Message-ID: <good-2@port.example>
                Content-Type: text/plain; charset=UTF-8

                The harbour master signed the second payment.

                """;
        byte[] bytes = mbox.getBytes(StandardCharsets.UTF_8);
        int garbage = mbox.indexOf("garbage");
        bytes[mbox.substring(0, garbage).getBytes(StandardCharsets.UTF_8).length - 1] = (byte) 0xC3; // a lone lead byte
        return Files.write(file, bytes);
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
