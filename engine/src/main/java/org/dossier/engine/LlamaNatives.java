package org.dossier.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The llama.cpp JNI library unpacks its native code into java.io.tmpdir unless told where; keep it in the data
 * directory, with everything else Dossier writes. A JVM-wide property, because that is how the library reads it.
 */
final class LlamaNatives {

    private static final String LLAMA_NATIVES_DIR = "de.kherud.llama.tmpdir";

    private LlamaNatives() {
    }

    static void unpackInto(DossierProperties dossier) {
        if (System.getProperty(LLAMA_NATIVES_DIR) != null) {
            return;
        }
        Path natives = dossier.dataDir().resolve("cache/llama-natives");
        try {
            Files.createDirectories(natives);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + natives + " for llama.cpp's native library", e);
        }
        System.setProperty(LLAMA_NATIVES_DIR, natives.toString());
    }
}
