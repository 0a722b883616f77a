package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dossier.indexer.internal.chunk.Passage;
import org.dossier.indexer.internal.index.IndexedPassage;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.index.PendingVectors;

/**
 * Fills a passage index with a synthetic corpus as Dossier's indexing and embedding stages would: passages go in
 * with {@code replace}, vectors follow through {@code pendingVectors} and {@code addVectors}, a commit after each.
 */
final class SyntheticIndexBuild {

    /** Passages written, then given vectors, between two commits: one embedding-stage batch, scaled up. */
    static final int BATCH = 10_000;

    private final SyntheticCorpus corpus;
    private final String model;
    private final int passagesPerDocument;
    private final double buildLimitMinutes;

    /** How one build went: passages written, in how long, whether all of them, the rate over the last window. */
    record Build(int passages, double seconds, boolean complete, double lastWindowRate) {

        double rate() {
            return passages / seconds;
        }
    }


    SyntheticIndexBuild(SyntheticCorpus corpus, String model, int passagesPerDocument, double buildLimitMinutes) {
        this.corpus = corpus;
        this.model = model;
        this.passagesPerDocument = passagesPerDocument;
        this.buildLimitMinutes = buildLimitMinutes;
    }

    /** Writes {@code size} passages with their vectors through PassageIndex; stops early past the time limit. */
    Build build(PassageIndex index, int size) {
        long started = System.nanoTime();
        long limit = (long) (buildLimitMinutes * 60e9);
        long reported = 0;
        int reportedWritten = 0;
        double lastWindowRate = 0;
        int written = 0;
        while (written < size) {
            int batchEnd = Math.min(size, written + BATCH);
            for (int first = written; first < batchEnd; first += passagesPerDocument) {
                long documentId = first / passagesPerDocument;
                index.replace(documentId, document(documentId, first,
                        Math.min(batchEnd, first + passagesPerDocument)));
            }
            index.commit();
            PendingVectors pending = index.pendingVectors(model, BATCH);
            List<float[]> vectors = pending.passages().stream()
                    .map(p -> corpus.passageVector(p.documentId() * passagesPerDocument + p.passage().ordinal()))
                    .toList();
            index.addVectors(pending, vectors, model);
            index.commit();
            written = batchEnd;

            long elapsed = System.nanoTime() - started;
            if (elapsed - reported > 30e9 || written == size) {
                lastWindowRate = (written - reportedWritten) / ((elapsed - reported) / 1e9);
                reported = elapsed;
                reportedWritten = written;
                System.err.printf(Locale.ROOT, "[retrieval-latency] %d / %d passages in %.0f s (%.0f passages/s, "
                        + "%.0f/s lately)%n", written, size, elapsed / 1e9, written / (elapsed / 1e9), lastWindowRate);
            }
            if (elapsed > limit && written < size) {
                return new Build(written, elapsed / 1e9, false, lastWindowRate);
            }
        }
        return checked(index, new Build(size, (System.nanoTime() - started) / 1e9, true, lastWindowRate), size);
    }

    /** The build, once the index is seen to hold every passage with its vector. */
    Build checked(PassageIndex index, Build build, int size) {
        if (IndexReads.vectorCount(index, model) != size || IndexReads.passageCount(index) != size) {
            throw new IllegalStateException("the index holds " + IndexReads.passageCount(index) + " passages, "
                    + IndexReads.vectorCount(index, model) + " vectors, for " + size);
        }
        return build;
    }

    /** Passages {@code from} (inclusive) to {@code to} of one document, offsets as if its text ran on. */
    private List<IndexedPassage> document(long documentId, int from, int to) {
        List<IndexedPassage> passages = new ArrayList<>(to - from);
        int offset = 0;
        for (int n = from; n < to; n++) {
            String text = corpus.passage(n);
            Passage passage = new Passage(n - from, offset, offset + text.length(), null, text);
            offset += text.length() + 2;
            passages.add(new IndexedPassage(documentId, 1L, passage, "document " + documentId,
                    "synthetic/" + documentId + ".txt", "text/plain", null, null));
        }
        return passages;
    }
}
