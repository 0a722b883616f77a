package org.dossier.indexer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Archives as bytes, so that one can go inside another: zip, tar and gzip in memory, 7z (which needs random access)
 * through a file. Entries are written in the map's order; use a {@code LinkedHashMap} for a fixed order.
 */
public final class ArchiveFiles {

    private ArchiveFiles() {
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static byte[] tar(Map<String, byte[]> entries) throws IOException {
        return tarOf(List.copyOf(entries.entrySet()));
    }

    /** A tar may hold one path more than once (appending a newer version does that). */
    public static byte[] tarOf(List<Map.Entry<String, byte[]>> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (var entry : entries) {
                TarArchiveEntry header = new TarArchiveEntry(entry.getKey());
                header.setSize(entry.getValue().length);
                tar.putArchiveEntry(header);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** One compressed file; gzip records the original name in its header, as {@code gzip memo.txt} does. */
    public static byte[] gzip(String originalName, byte[] content) throws IOException {
        GzipParameters parameters = new GzipParameters();
        parameters.setFileName(originalName);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes, parameters)) {
            gzip.write(content);
        }
        return bytes.toByteArray();
    }

    /** With each entry's modification time, as 7-Zip records it unless told not to ({@code -mtm-}). */
    public static Path sevenZ(Path file, Map<String, byte[]> entries) throws IOException {
        return sevenZ(file, entries, true);
    }

    public static Path sevenZ(Path file, Map<String, byte[]> entries, boolean withTimes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (SevenZOutputFile sevenZ = new SevenZOutputFile(file.toFile())) {
            for (var entry : entries.entrySet()) {
                SevenZArchiveEntry header = new SevenZArchiveEntry();
                header.setName(entry.getKey());
                header.setSize(entry.getValue().length);
                if (withTimes) {
                    header.setLastModifiedTime(FileTime.from(Instant.parse("2026-03-02T09:15:00Z")));
                }
                sevenZ.putArchiveEntry(header);
                sevenZ.write(entry.getValue());
                sevenZ.closeArchiveEntry();
            }
        }
        return file;
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes);
    }
}
