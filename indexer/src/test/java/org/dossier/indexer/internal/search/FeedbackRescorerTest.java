package org.dossier.indexer.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.chunk.Passage;
import org.dossier.indexer.internal.index.IndexedPassage;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.index.PendingVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackRescorerTest {

    @TempDir
    Path dir;

    @Test
    void vectorFeedbackPullsInWhatTheNearestPassageResembles() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            // The query sits closest to A; C is a little closer to the query than B, but B says what A says.
            float[] query = unit(1, 0, 0);
            float[] a = unit(0.9f, 0.44f, 0);
            float[] b = unit(0.55f, 0.83f, 0);
            float[] c = unit(0.6f, 0, 0.8f);
            for (long id = 1; id <= 3; id++) {
                index.replace(id, List.of(passage(id, "passage " + id)));
            }
            index.commit();
            PendingVectors pending = index.pendingVectors("m", 10);
            List<float[]> vectors = pending.passages().stream()
                    .map(p -> p.documentId() == 1 ? a : p.documentId() == 2 ? b : c).toList();
            index.addVectors(pending, vectors, "m");
            index.commit();

            List<PassageHit> nearest = index.read(snapshot -> snapshot.nearest(query, "m", SearchFilter.NONE, 3));
            assertThat(nearest).extracting(PassageHit::documentId).containsExactly(1L, 3L, 2L);
            List<PassageHit> withFeedback = index.read(snapshot -> FeedbackRescorer.rescore(snapshot, query, nearest,
                    nearest.subList(0, 1), 1f));
            List<PassageHit> withoutFeedback = index.read(snapshot -> FeedbackRescorer.rescore(snapshot, query,
                    nearest, List.of(), 1f));
            assertThat(withFeedback).extracting(PassageHit::documentId).containsExactly(1L, 2L, 3L);
            assertThat(withoutFeedback).isEqualTo(nearest);
        }
    }

    private static float[] unit(float... v) {
        float norm = (float) Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new float[] {v[0] / norm, v[1] / norm, v[2] / norm};
    }

    private static IndexedPassage passage(long documentId, String text) {
        return new IndexedPassage(documentId, 1, new Passage(0, 10, 10 + text.length(), null, text), "title", "p.txt",
                "text/plain", null, null);
    }
}
