package org.dossier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.chunk.Passage;
import org.dossier.indexer.internal.embed.BackgroundEmbedding;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.index.IndexedPassage;
import org.dossier.indexer.internal.index.PassageIndex;

/** A test collection in a Dossier passage index: its documents cut and indexed, then embedded, as Dossier does. */
final class CollectionIndexing {

    private static final Duration EMBEDDING_TIMEOUT = Duration.ofHours(1);

    private CollectionIndexing() {
    }

    /** Cuts every document into passages and indexes them as Dossier does; returns the passages. */
    static List<IndexedPassage> fill(PassageIndex index, IrCollection collection, Chunker chunker,
                                     boolean withTitles) {
        List<IndexedPassage> all = new ArrayList<>();
        for (IrCollection.Document document : collection.documents()) {
            String title = withTitles ? document.title() : "";
            ExtractedPart part = new ExtractedPart("", "text/plain", title, null, null, null, document.text(),
                    List.of(), List.of(), false, null);
            List<IndexedPassage> indexed = new ArrayList<>();
            for (Passage passage : chunker.split(part)) {
                indexed.add(new IndexedPassage(document.id(), 1L, passage, title,
                        collection.name() + "/" + document.id(), "text/plain", null, null));
            }
            index.replace(document.id(), indexed);
            all.addAll(indexed);
        }
        index.commit();
        return all;
    }

    /** Lets Dossier's background embedding stage give every passage its vector; returns the seconds it took. */
    static double embed(PassageIndex index, BundledEmbeddings embeddings, IndexerProperties properties)
            throws Exception {
        try (BackgroundEmbedding stage = new BackgroundEmbedding(index, embeddings, properties.embeddingBatch())) {
            long started = System.nanoTime();
            stage.wake();
            if (!stage.awaitIdle(EMBEDDING_TIMEOUT)) {
                throw new IllegalStateException("embedding did not finish within " + EMBEDDING_TIMEOUT);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (stage.progress().lastError() != null) {
                throw new IllegalStateException("embedding failed: " + stage.progress().lastError());
            }
            int vectors = IndexReads.vectorCount(index, embeddings.modelId());
            int passages = IndexReads.passageCount(index);
            if (vectors != passages) {
                throw new IllegalStateException(vectors + " vectors for " + passages + " passages");
            }
            return seconds;
        }
    }
}
