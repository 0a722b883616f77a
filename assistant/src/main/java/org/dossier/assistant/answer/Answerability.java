package org.dossier.assistant.answer;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.dossier.engine.ModelStatus;
import org.dossier.indexer.PassageHit;

/**
 * Whether the model should be asked at all. Not when nothing was retrieved (and then: is anything indexed?), not
 * without a ready model, and not when the evidence says the best passages are not about the question
 * ({@link Rule}). BM25 and the vectors always rank something first; without evidence Dossier says the documents do
 * not hold the answer instead of letting the model fill the gap. The rule only keeps the model from questions the
 * documents are plainly silent on: once asked, the model's checked "The documents don't say" is the final word. A
 * user who disagrees can ask anyway ({@code forced}).
 *
 * @param passagesIndexed how many passages the index holds, asked when nothing was found
 */
public record Answerability(EvidenceReader reader, Rule rule, IntSupplier passagesIndexed) {

    public enum Decision { NOTHING_INDEXED, NOTHING_FOUND, NO_MODEL, NOT_ABOUT_THE_QUESTION, ANSWERABLE }

    /**
     * The decision, and for a refusal why, in words a user can check ("no passage mentions …; nearest: …").
     *
     * @param reason empty unless the decision is {@link Decision#NOT_ABOUT_THE_QUESTION}
     */
    public record Verdict(Decision decision, String reason) {
    }

    /**
     * When the best passages count as evidence. Measured on Cranfield, CISI and Medline by the {@code answerability}
     * benchmark (bench/results/answerability.json): their judged questions all have answers, and each collection's
     * questions against another's index have none.
     *
     * <p>With vectors, the words count only where BM25 and the vectors agree on at least one of the best passages
     * (both rank it in their first {@value EvidenceReader#AGREEMENT_DEPTH}): words shared by chance ("effect",
     * "pressure") with a collection on another subject rarely make both lists pick the same passage. That took the
     * cross-collection refusals from 96% to 98% without refusing one more answerable question.
     *
     * @param minimumCoverage   share of the question's content words the best passages must hold between them
     * @param minimumSimilarity with vectors: how near (by {@code (1 + cosine) / 2}) the nearest of the best passages
     *                          must be as well; without vectors the words decide alone
     * @param sureSimilarity    with vectors: a passage this near is about the question whatever its words — a
     *                          paraphrase shares meaning, not words
     * @param sureRerankScore   with a reranker: a passage it scores at least this high is about the question whatever
     *                          its words or vectors — the cross-encoder read the two together. On the reranker's own
     *                          scale: llama-server gives a BGE-style reranker's logit, where 0 is an even chance
     */
    public record Rule(double minimumCoverage, double minimumSimilarity, double sureSimilarity,
                       double sureRerankScore) {

        /** How many of the best passages speak for a search. */
        public static final int BEST_FEW = 3;

        /** Without a reranker's say. */
        public Rule(double minimumCoverage, double minimumSimilarity, double sureSimilarity) {
            this(minimumCoverage, minimumSimilarity, sureSimilarity, Double.POSITIVE_INFINITY);
        }

        public boolean supports(Evidence evidence) {
            if (evidence.reranked() && evidence.rerankScore() >= sureRerankScore) {
                return true;
            }
            if (!evidence.hasVectors()) {
                return evidence.coverage() >= minimumCoverage;
            }
            return evidence.similarity() >= sureSimilarity
                    || evidence.coverage() >= minimumCoverage && evidence.similarity() >= minimumSimilarity
                    && evidence.agreed() > 0;
        }
    }

    /** @param forced the user asked for the model whatever the evidence */
    public Verdict decide(String question, List<PassageHit> ranked, ModelStatus model, boolean forced) {
        if (ranked.isEmpty()) {
            return new Verdict(passagesIndexed.getAsInt() == 0 ? Decision.NOTHING_INDEXED : Decision.NOTHING_FOUND,
                    "");
        }
        if (!model.ready()) {
            return new Verdict(Decision.NO_MODEL, "");
        }
        Evidence evidence = reader.read(question, ranked);
        if (forced || rule.supports(evidence)) {
            return new Verdict(Decision.ANSWERABLE, "");
        }
        return new Verdict(Decision.NOT_ABOUT_THE_QUESTION, reason(evidence));
    }

    private static String reason(Evidence evidence) {
        String words = evidence.missing().isEmpty() ? "no passage is close enough in meaning to the question"
                : "no passage among the best " + Rule.BEST_FEW + " mentions " + evidence.missing().stream()
                        .map(word -> "“" + word + "”").collect(Collectors.joining(", "));
        return words + "; nearest: “" + evidence.nearest() + "”";
    }
}
