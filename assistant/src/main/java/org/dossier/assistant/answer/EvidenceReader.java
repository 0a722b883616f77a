package org.dossier.assistant.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dossier.indexer.DossierAnalyzer;
import org.dossier.indexer.PassageEvidence;
import org.dossier.indexer.PassageHit;

/**
 * Reads the evidence of a search for a question from its best few passages (not the first alone: a question's
 * words are often spread over two of them, and the first may be a near miss that both lists like).
 */
public final class EvidenceReader {

    /** How deep each list may rank a passage for the two lists to count as agreeing on it. */
    static final int AGREEMENT_DEPTH = 10;
    private static final int LABEL_CHARS = 80;

    private final QuestionWords words;
    private final int few;

    /** @param few how many of the best passages speak for the search */
    public EvidenceReader(DossierAnalyzer analyzer, int few) {
        if (few < 1) {
            throw new IllegalArgumentException("the evidence needs at least one passage, was " + few);
        }
        this.words = new QuestionWords(analyzer);
        this.few = few;
    }

    public Evidence read(String question, List<PassageHit> ranked) {
        List<PassageHit> best = ranked.subList(0, Math.min(few, ranked.size()));
        Map<String, String> wanted = words.of(question);
        Set<String> present = new HashSet<>();
        best.forEach(hit -> present.addAll(words.terms(hit.text())));
        List<String> missing = wanted.entrySet().stream().filter(term -> !present.contains(term.getKey()))
                .map(Map.Entry::getValue).toList();
        double coverage = wanted.isEmpty() ? 0 : 1 - missing.size() / (double) wanted.size();
        float similarity = (float) best.stream().mapToDouble(hit -> hit.evidence().vectorSimilarity()).max()
                .orElse(0);
        int agreed = (int) best.stream().filter(hit -> hit.evidence().agreed(AGREEMENT_DEPTH)).count();
        double reranked = best.stream().map(PassageHit::evidence).filter(PassageEvidence::reranked)
                .mapToDouble(PassageEvidence::rerankScore).max().orElse(Double.NaN);
        return new Evidence(coverage, similarity, agreed, missing, best.isEmpty() ? "" : label(best.getFirst()),
                reranked);
    }

    private static String label(PassageHit hit) {
        String text = hit.text().strip().replaceAll("\\s+", " ");
        return text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS).strip() + "…";
    }
}
