package org.dossier.indexer.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.indexer.PassageEvidence;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.chunk.Passage;
import org.dossier.indexer.internal.index.IndexedPassage;
import org.dossier.indexer.internal.index.PassageIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hybrid search over a real index. The embedding model is a stand-in with fixed vectors: these tests are about what
 * the search reads, not about embeddings.
 */
class LucenePassageSearchTest {

    private static final float[] VECTOR = {1, 0, 0};

    @TempDir
    Path dir;

    @Test
    void aQuestionIsAnsweredFromOneMomentOfTheIndexEvenWhenACommitLandsWhileItIsSearched() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "harbour payments were suspended")));
            index.commit();
            index.addVectors(index.pendingVectors("m", 10), List.of(VECTOR), "m");
            index.commit();
            // embedding the question is the slow step: indexing commits meanwhile, replacing what was found
            Runnable meanwhile = () -> {
                index.delete(1);
                index.replace(2, List.of(passage(2, "harbour payments resumed")));
                index.commit();
            };

            List<PassageHit> hits = new LucenePassageSearch(index)
                    .search("harbour payments", new FixedVector("m", meanwhile), SearchFilter.NONE, 10);

            assertThat(hits).extracting(PassageHit::documentId).containsExactly(1L);
            assertThat(hits.getFirst().score()).as("ranked first by keywords and by meaning, so fused from both")
                    .isCloseTo(2f / 61, within(1e-6f));
            PassageEvidence evidence = hits.getFirst().evidence();
            assertThat(evidence.keywordRank()).isEqualTo(1);
            assertThat(evidence.vectorRank()).isEqualTo(1);
            assertThat(evidence.vectorSimilarity()).as("the question's own vector, (1 + 1) / 2")
                    .isCloseTo(1f, within(1e-6f));
            assertThat(evidence.agreed(1)).isTrue();
        }
    }

    @Test
    void beforeAnyPassageHasAVectorTheQuestionIsNotEmbeddedAndKeywordsStandAlone() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "harbour payments were suspended")));
            index.replace(2, List.of(passage(2, "the harbour reopened")));
            index.commit();
            Runnable embedded = () -> {
                throw new AssertionError("the question was embedded");
            };

            List<PassageHit> hits = new LucenePassageSearch(index)
                    .search("harbour payments", new FixedVector("m", embedded), SearchFilter.NONE, 10);

            assertThat(hits).extracting(PassageHit::documentId).containsExactly(1L, 2L);
            List<PassageHit> bm25 = index.read(snapshot -> snapshot.keyword("harbour payments", SearchFilter.NONE, 50));
            assertThat(hits).as("BM25's own list, scores and all, each hit saying where BM25 ranked it")
                    .isEqualTo(List.of(
                            bm25.get(0).withEvidence(new PassageEvidence(1, bm25.get(0).score(), 0, 0)),
                            bm25.get(1).withEvidence(new PassageEvidence(2, bm25.get(1).score(), 0, 0))));
        }
    }

    @Test
    void bm25WeighsLessInTheFusionOfALongQuestionThanOfAShortOne() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "harbour payments were suspended")));
            index.commit();
            index.addVectors(index.pendingVectors("m", 10), List.of(VECTOR), "m");
            index.commit();
            LucenePassageSearch search = new LucenePassageSearch(index, new FusionWeights(3, 0.5, 0.25));
            FixedVector vectors = new FixedVector("m", () -> { });

            float shortQuestion = search.search("harbour payments suspended", vectors, SearchFilter.NONE, 10)
                    .getFirst().score();
            float longQuestion = search.search("were the harbour payments to the dredging company suspended after "
                    + "the audit", vectors, SearchFilter.NONE, 10).getFirst().score();

            assertThat(shortQuestion).as("three words: short").isCloseTo((0.5f + 1) / 61, within(1e-6f));
            assertThat(longQuestion).as("seven words besides stop words: long").isCloseTo((0.25f + 1) / 61,
                    within(1e-6f));
        }
    }

    private static IndexedPassage passage(long documentId, String text) {
        return new IndexedPassage(documentId, 1, new Passage(0, 0, text.length(), null, text), "title", "p.txt",
                "text/plain", null, null);
    }

    /** Every text has {@link #VECTOR}; each time it embeds, it first runs an action. */
    private record FixedVector(String modelId, Runnable onEmbed) implements EmbeddingEngine {

        @Override
        public ModelStatus status() {
            return new ModelStatus(ModelStatus.State.READY, "fixed vectors");
        }

        @Override
        public int dimensions() {
            return VECTOR.length;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            onEmbed.run();
            return texts.stream().map(text -> VECTOR.clone()).toList();
        }
    }
}
