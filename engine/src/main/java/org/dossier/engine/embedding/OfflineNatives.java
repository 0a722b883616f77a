package org.dossier.engine.embedding;

import java.nio.file.Path;

/**
 * The tokenizer natives under the bundled embedding model (DJL's HuggingFace tokenizers) unpack into
 * {@code ~/.djl.ai} and, on a platform they do not bundle, try to download. Both are turned off here: they unpack
 * into Dossier's data directory, and a missing native fails loudly instead of reaching for the network.
 * These are JVM-wide system properties because that is the only way DJL reads them; set once, before first use.
 */
final class OfflineNatives {

    private OfflineNatives() {
    }

    static synchronized void configure(Path cacheDir) {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("DJL_CACHE_DIR", cacheDir.resolve("djl").toString());
        setIfAbsent("ENGINE_CACHE_DIR", cacheDir.resolve("djl").toString());
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
