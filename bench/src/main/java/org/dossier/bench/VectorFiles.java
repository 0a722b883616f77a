package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;

/** Bytes of an index by file extension, and which of them are vector files: what a vector format costs on disk. */
final class VectorFiles {

    private VectorFiles() {
    }

    static Map<String, Long> bytesByExtension(Path dir) throws IOException {
        Map<String, Long> bytes = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes.merge(ReadTrackingDirectory.extension(file.getFileName().toString()), Files.size(file),
                        Long::sum);
            }
        }
        return bytes;
    }

    /** Lucene's own account of the off-heap bytes behind a vector field, merged over segments. */
    static Map<String, Long> offHeapBytes(DirectoryReader reader, String field) {
        Map<String, Long> bytes = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            CodecReader codecReader = (CodecReader) leaf.reader();
            FieldInfo info = codecReader.getFieldInfos().fieldInfo(field);
            KnnVectorsReader vectors = codecReader.getVectorReader();
            if (info != null && vectors != null) {
                vectors.getOffHeapByteSize(info).forEach((extension, size) -> bytes.merge(extension, size, Long::sum));
            }
        }
        return bytes;
    }

    /** Vector data, graph and their metadata: {@code vec}, {@code vex}, {@code veq}, {@code vem}, {@code vemf}... */
    static boolean isVectorFile(String extension) {
        return extension.startsWith("ve");
    }

    static Map<String, Long> vectorFilesOnly(Map<String, Long> byExtension) {
        Map<String, Long> vectors = new TreeMap<>();
        byExtension.forEach((extension, bytes) -> {
            if (isVectorFile(extension)) {
                vectors.put(extension, bytes);
            }
        });
        return vectors;
    }

    static long vectorBytes(Map<String, Long> byExtension) {
        return vectorFilesOnly(byExtension).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Bytes of the vector files on disk that were read at all (all of such a file ends up in the page cache). */
    static long vectorFilesRead(Map<String, Long> onDisk, Map<String, Long> pagesRead) {
        return onDisk.entrySet().stream().filter(e -> isVectorFile(e.getKey()))
                .filter(e -> pagesRead.getOrDefault(e.getKey(), 0L) > 0).mapToLong(Map.Entry::getValue).sum();
    }
}
