package org.dossier.assistant.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.ModelStatus;
import org.dossier.engine.ModelStatus.State;
import org.dossier.engine.Reranker;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.TestIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Hybrid search over a real Lucene index with a reranker in front of the cut. The reranker is a deterministic
 * stand-in for the cross-encoder (the HTTP side is tested in the engine): it prefers passages by a word they hold.
 */
@ExtendWith(OutputCaptureExtension.class)
class RerankedSearchTest {

    private static final String QUESTION = "harbour payments audit";

    @TempDir
    Path dir;

    private TestIndex index;

    @BeforeEach
    void indexFourPassages() {
        index = new TestIndex(dir);
        add(1, "harbour payments audit: harbour payments audit, the harbour payments audit again");
        add(2, "harbour payments audit notes from the board meeting on Tuesday");
        add(3, "an audit of the harbour was promised, once the dredging contractor is paid, by the minister");
        add(4, "the harbour payments were discussed at length by the board and its staff, with the auditors");
        index.commit();
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.close();
    }

    @Test
    void givenKeywordsAloneTheOrderIsByBm25() {
        assertThat(documents(new HybridSearch(index, null).search(QUESTION, SearchFilter.NONE, 4)))
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void theRerankerLiftsAPassageFromBelowTheCutIntoTheResults() {
        Preferring reranker = new Preferring("auditors", "minister");

        List<PassageHit> hits = search(reranker, 30, 2);

        assertThat(documents(hits)).containsExactly(4L, 3L);
        assertThat(reranker.questions).containsExactly(QUESTION);
        assertThat(reranker.passages.getFirst()).hasSize(4)
                .contains("the harbour payments were discussed at length by the board and its staff, with the auditors");
    }

    @Test
    void theRerankersScoresGoWithThePassagesItScoredAsEvidence() {
        Preferring reranker = new Preferring("auditors", "minister");

        List<PassageHit> all = search(reranker, 30, 4);
        List<PassageHit> headOnly = search(reranker, 2, 4);

        assertThat(all).extracting(hit -> hit.evidence().rerankScore()).containsExactly(2f, 1f, 0f, 0f);
        assertThat(all.getFirst().evidence().keywordRank()).as("what the lists said stays").isEqualTo(4);
        assertThat(headOnly).extracting(hit -> hit.evidence().reranked()).containsExactly(true, true, false, false);
    }

    @Test
    void onlyTheBestCandidatesAreReorderedAndTheRestFollowInTheirFusedOrder() {
        Preferring reranker = new Preferring("Tuesday");

        List<PassageHit> hits = search(reranker, 2, 4);

        assertThat(documents(hits)).containsExactly(2L, 1L, 3L, 4L);
        assertThat(reranker.passages.getFirst()).hasSize(2);
    }

    @Test
    void aRerankerThatFailsLeavesTheFusedOrderAndSaysSo(CapturedOutput output) {
        Reranker down = new Preferring() {
            @Override
            public double[] rerank(String query, List<String> documents) {
                throw new IllegalStateException("re-ranking at http://127.0.0.1:41236/v1/rerank failed: "
                        + "java.net.ConnectException — is the reranker running?");
            }
        };

        List<PassageHit> hits = search(down, 30, 4);

        assertThat(documents(hits)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(output.getErr()).contains("re-ranking failed, keeping the fused order")
                .contains("is the reranker running?");
    }

    @Test
    void aRerankerThatScoresTheWrongNumberOfPassagesIsNotBelieved() {
        Reranker confused = new Preferring() {
            @Override
            public double[] rerank(String query, List<String> documents) {
                return new double[] {0, 1};
            }
        };

        assertThat(documents(search(confused, 30, 4))).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aRerankerThatHasFailedIsNotAskedAgain() {
        Preferring failed = new Preferring("minister") {
            @Override
            public ModelStatus status() {
                return new ModelStatus(State.FAILED, "llama-server exited while starting");
            }
        };

        assertThat(documents(search(failed, 30, 4))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(failed.questions).isEmpty();
    }

    @Test
    void aThreadListedWithoutWordsKeepsItsOrderByDateAndTheRerankerIsNotAsked() {
        addMessage(5, "Harbour payments: the first message.", "2026-03-01T09:00:00Z",
                new MailHeaders("a@x", List.of("b@x"), List.of(), "start@x", null, List.of(), null));
        addMessage(6, "Re: the minister answers.", "2026-03-02T09:00:00Z",
                new MailHeaders("b@x", List.of("a@x"), List.of(), "reply@x", "start@x", List.of("start@x"), null));
        index.commit();
        Preferring reranker = new Preferring("minister");

        List<PassageHit> hits = new HybridSearch(index, null, new Reranking(reranker, 30))
                .search("", SearchFilter.NONE.withThread("start@x"), 10);

        assertThat(documents(hits)).containsExactly(5L, 6L);
        assertThat(reranker.questions).isEmpty();
    }

    private void addMessage(long documentId, String text, String sentAt, MailHeaders mail) {
        index.add(documentId, text, "Harbour payments", "inbox.mbox", "message/rfc822", Instant.parse(sentAt),
                mail.from(), mail);
    }

    private List<PassageHit> search(Reranker reranker, int candidates, int limit) {
        return new HybridSearch(index, null, new Reranking(reranker, candidates))
                .search(QUESTION, SearchFilter.NONE, limit);
    }

    private void add(long documentId, String text) {
        index.add(documentId, text, "title", "doc-" + documentId + ".txt", "text/plain", null, null, null);
    }

    private static List<Long> documents(List<PassageHit> hits) {
        return hits.stream().map(PassageHit::documentId).toList();
    }

    /** Scores a passage by the first of its preferred words it holds: the earlier the word, the higher. */
    private static class Preferring implements Reranker {

        final List<String> questions = new ArrayList<>();
        final List<List<String>> passages = new ArrayList<>();
        private final List<String> preferred;

        Preferring(String... preferred) {
            this.preferred = List.of(preferred);
        }

        @Override
        public ModelStatus status() {
            return new ModelStatus(State.READY, "preferring " + preferred);
        }

        @Override
        public double[] rerank(String query, List<String> documents) {
            questions.add(query);
            passages.add(documents);
            double[] scores = new double[documents.size()];
            for (int i = 0; i < scores.length; i++) {
                for (int rank = 0; rank < preferred.size(); rank++) {
                    if (documents.get(i).contains(preferred.get(rank))) {
                        scores[i] = preferred.size() - rank;
                        break;
                    }
                }
            }
            return scores;
        }
    }
}
