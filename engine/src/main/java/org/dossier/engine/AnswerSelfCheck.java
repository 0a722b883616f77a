package org.dossier.engine;

import java.util.List;

/**
 * The answer self-check of {@code models bench}: the questions of {@code sample-docs/README.md} asked through
 * Dossier's own question pipeline with the benched model, each scored. Kept with the bench result, so two
 * quantizations compare on what they answer as well as on how fast.
 *
 * @param corpus    the indexed sample-docs folder the questions were asked of
 * @param skipped   why the check did not run (the model is not the configured chat model, sample-docs is not
 *                  indexed); empty when it ran
 * @param questions one score per question, in the order of the question set
 */
public record AnswerSelfCheck(String corpus, String skipped, List<Scored> questions) {

    public AnswerSelfCheck {
        skipped = skipped == null ? "" : skipped;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The check could not run here, for this reason. */
    public static AnswerSelfCheck skipped(String reason) {
        return new AnswerSelfCheck("", reason, List.of());
    }

    /**
     * One question and what the answer did with it.
     *
     * @param answerable       whether the corpus answers it (else the right answer is a refusal)
     * @param mode             how the answer was made (GENERATED, NOT_IN_DOCUMENTS, RETRIEVAL_ONLY)
     * @param citedFiles       the files of the passages the answer's text cites by number
     * @param sourceCited      every expected source is among them (answerable questions; true for the others)
     * @param missingWords     expected words the answer's text lacks (answerable questions)
     * @param invalidCitations numbers the model cited that matched no passage
     * @param quotes           quotations in the answer
     * @param quotesVerified   of them, found verbatim in a cited passage
     * @param refusalCorrect   an answerable question answered, an unanswerable one refused
     */
    public record Scored(int number, String kind, String question, boolean answerable, String mode,
                         List<String> citedFiles, boolean sourceCited, List<String> missingWords,
                         List<Integer> invalidCitations, int quotes, int quotesVerified, boolean refusalCorrect) {

        public Scored {
            citedFiles = List.copyOf(citedFiles);
            missingWords = List.copyOf(missingWords);
            invalidCitations = List.copyOf(invalidCitations);
        }

        public boolean wordsPresent() {
            return missingWords.isEmpty();
        }

        public boolean citationsValid() {
            return invalidCitations.isEmpty();
        }

        public boolean quotesAllVerified() {
            return quotesVerified == quotes;
        }
    }

    public boolean ran() {
        return skipped.isEmpty();
    }

    /** Answerable questions whose expected sources were all cited. */
    public long sourcesCited() {
        return questions.stream().filter(q -> q.answerable() && q.sourceCited()).count();
    }

    /** Answerable questions whose answer holds every expected word. */
    public long wordsPresent() {
        return questions.stream().filter(q -> q.answerable() && q.wordsPresent()).count();
    }

    public long answerable() {
        return questions.stream().filter(Scored::answerable).count();
    }

    /** Answers that cited no number that points nowhere. */
    public long citationsValid() {
        return questions.stream().filter(Scored::citationsValid).count();
    }

    public int quotes() {
        return questions.stream().mapToInt(Scored::quotes).sum();
    }

    public int quotesVerified() {
        return questions.stream().mapToInt(Scored::quotesVerified).sum();
    }

    /** Questions answered when answerable and refused when not. */
    public long refusalsCorrect() {
        return questions.stream().filter(Scored::refusalCorrect).count();
    }

    /** One line: {@code sources 3/15, words 2/15, citations valid 18/18, quotes 1/2, refusals right 16/18}. */
    public String summary() {
        if (!ran()) {
            return "not run: " + skipped;
        }
        return "sources " + sourcesCited() + "/" + answerable() + ", words " + wordsPresent() + "/" + answerable()
                + ", citations valid " + citationsValid() + "/" + questions.size() + ", quotes " + quotesVerified()
                + "/" + quotes() + ", answered or refused right " + refusalsCorrect() + "/" + questions.size();
    }

    /** Runs the check for a model file, after its speed was measured and its runtime stopped. */
    @FunctionalInterface
    public interface Runner {

        /** Never runs anything: the check is not asked for. */
        Runner NONE = gguf -> null;

        /** @return the check, or null when it is not asked for */
        AnswerSelfCheck check(java.nio.file.Path gguf);
    }
}
