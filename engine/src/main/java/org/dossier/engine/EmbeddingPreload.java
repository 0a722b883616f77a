package org.dossier.engine;

import java.nio.file.Path;

import org.dossier.engine.embedding.BundledEmbeddings;

/**
 * For a one-shot command that will embed its question: starts loading the bundled embedding model at once, in the
 * background, so that its two seconds pass while the rest of the application starts (see README, "Start-up").
 * Any other embedding runtime starts with its bean, as before.
 */
public final class EmbeddingPreload {

    private EmbeddingPreload() {
    }

    public static void startIfBundled(EngineProperties engine, DossierProperties dossier) {
        if (engine.embedding() == EngineProperties.Embedding.BUNDLED) {
            BundledEmbeddings.preload(bundledModelCache(dossier));
        }
    }

    /** Where the bundled model's natives unpack. */
    static Path bundledModelCache(DossierProperties dossier) {
        return dossier.dataDir().resolve("cache");
    }
}
