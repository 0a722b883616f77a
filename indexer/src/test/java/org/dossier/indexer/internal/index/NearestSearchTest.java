package org.dossier.indexer.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.chunk.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors are held quantized, so the graph ranks by estimates; Dossier's search asks it for more candidates and ranks
 * them again on the full-precision vectors. Checked on a real index on disk against an exact scan, with vectors that
 * crowd together as sentence embeddings do (many near ties, where 8-bit estimates reorder neighbours).
 */
class NearestSearchTest {

    private static final String MODEL = "test-model";
    private static final int DIMENSIONS = 384;
    private static final int PASSAGES = 2_000;
    private static final int CLUSTERS = 10;

    @TempDir
    Path dir;

    private final Random random = new Random(7);
    private final float[][] clusters = IntStream.range(0, CLUSTERS).mapToObj(i -> gaussian()).toArray(float[][]::new);
    private final float[] shared = gaussian();

    @Test
    void dossiersSearchReturnsTheExactNearestInOrderScoredByTheirFullPrecisionSimilarity() throws Exception {
        List<float[]> vectors = new ArrayList<>();
        try (PassageIndex index = new PassageIndex(dir)) {
            addPassages(index, vectors, PASSAGES);

            for (int q = 0; q < 5; q++) {
                float[] query = near(clusters[q], 0.6f);
                List<PassageHit> found = index.read(snapshot -> snapshot.nearest(query, MODEL, SearchFilter.NONE, 10));
                List<PassageHit> plain = index.read(snapshot -> snapshot.nearest(query, MODEL, SearchFilter.NONE, 10,
                        NearestSearch.PLAIN));

                List<Integer> exact = exactTop(vectors, query, 10);
                assertThat(found).extracting(hit -> (int) hit.documentId() - 1).containsExactlyElementsOf(exact);
                for (PassageHit hit : found) {
                    float similarity = (1 + VectorUtil.dotProduct(query, vectors.get((int) hit.documentId() - 1))) / 2;
                    assertThat(hit.score()).isCloseTo(similarity, within(1e-6f));
                }
                // the graph's own scores are 8-bit estimates: what the rescoring corrects
                assertThat(plain).extracting(PassageHit::score)
                        .isNotEqualTo(found.stream().map(PassageHit::score).toList());
            }
        }
    }

    @Test
    void searchingEverySegmentInFullFindsTheExactNearestAcrossSegments() throws Exception {
        List<float[]> vectors = new ArrayList<>();
        try (PassageIndex index = new PassageIndex(dir)) {
            for (int segment = 0; segment < 6; segment++) { // commits each: six segments, too few to be merged
                addPassages(index, vectors, PASSAGES / 6);
            }
            try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
            }

            for (int q = 0; q < 5; q++) {
                float[] query = near(clusters[q], 0.6f);
                List<PassageHit> found = index.read(snapshot -> snapshot.nearest(query, MODEL, SearchFilter.NONE, 10,
                        new NearestSearch(20, true, true)));

                assertThat(found).extracting(hit -> (int) hit.documentId() - 1)
                        .containsExactlyElementsOf(exactTop(vectors, query, 10));
            }
        }
    }

    @Test
    void theGraphIsAskedForAtLeastTheCandidatesAndNeverForFewerThanTheCallerWants() {
        NearestSearch search = new NearestSearch(100, true, false);

        assertThat(search.graphDepth(10)).isEqualTo(100);
        assertThat(search.graphDepth(250)).isEqualTo(250);
        assertThat(NearestSearch.PLAIN.graphDepth(10)).isEqualTo(10);
        assertThatThrownBy(() -> new NearestSearch(0, true, false)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code count} more passages near the clusters in turn, then their vectors, each step committed. */
    private void addPassages(PassageIndex index, List<float[]> vectors, int count) throws Exception {
        int first = vectors.size();
        for (int n = first; n < first + count; n++) {
            vectors.add(near(clusters[n % CLUSTERS], 0.3f));
            index.replace(n + 1, List.of(passage(n + 1)));
        }
        index.commit();
        PendingVectors pending = index.pendingVectors(MODEL, count);
        index.addVectors(pending, pending.passages().stream()
                .map(p -> vectors.get((int) p.documentId() - 1)).toList(), MODEL);
        index.commit();
    }

    private static List<Integer> exactTop(List<float[]> vectors, float[] query, int k) {
        return IntStream.range(0, vectors.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer n) -> VectorUtil.dotProduct(query, vectors.get(n)))
                        .reversed())
                .limit(k).toList();
    }

    /** A unit vector: the shared direction (all embeddings of a collection lean one way), a cluster, and noise. */
    private float[] near(float[] cluster, float noise) {
        float[] noiseDirection = gaussian();
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = 0.8f * shared[i] + 0.4f * cluster[i] + noise * noiseDirection[i];
        }
        return VectorUtil.l2normalize(vector);
    }

    private float[] gaussian() {
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return VectorUtil.l2normalize(vector);
    }

    private static IndexedPassage passage(long documentId) {
        String text = "passage " + documentId;
        return new IndexedPassage(documentId, 1, new Passage(0, 0, text.length(), null, text), "title", "p.txt",
                "text/plain", null, null);
    }
}
