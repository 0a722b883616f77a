package org.dossier.assistant;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An answer and what it rests on.
 *
 * @param text             what Dossier says; in retrieval-only mode, a plain statement that these are retrieved
 *                         passages
 * @param citations        the passages, numbered as the answer's [n] refer to them
 * @param notice           what the user can do for a better answer (configure a model, index something), or empty
 * @param refusal          why the model was not asked although it was ready ("no passage among the best 3 mentions
 *                         …; nearest: …"), or empty; the user may ask it anyway
 * @param invalidCitations numbers the model cited that matched no passage (removed from the text)
 * @param quotes           quotations in the answer and whether each was found verbatim in a cited passage
 * @param conversationId     the conversation the question belongs to, or {@code null} for a question that was
 *                           not stored
 * @param standaloneQuestion what was searched for and answered: the question itself, or a follow-up rewritten so
 *                           that it stands alone
 */
public record Answer(String question, AnswerMode mode, String text, List<Citation> citations, String notice,
                     List<Integer> invalidCitations, List<QuoteCheck> quotes, @Nullable Long conversationId,
                     String standaloneQuestion, String refusal) {

    public static final String RETRIEVED = "Retrieved passages (not a written answer): the passages below match your question best.";
    public static final String NOTHING_FOUND = "The indexed documents contain no passage that matches this question.";
    public static final String NOTHING_INDEXED = "Nothing is indexed yet — run 'index <folder>' first.";
    public static final String NOT_IN_DOCUMENTS = "The documents don't contain an answer to this question. "
            + "The nearest passages are below.";

    public Answer {
        citations = List.copyOf(citations);
        invalidCitations = List.copyOf(invalidCitations);
        quotes = List.copyOf(quotes);
        standaloneQuestion = standaloneQuestion == null ? question : standaloneQuestion;
        refusal = refusal == null ? "" : refusal;
    }

    /** An answer to a question asked on its own. */
    public Answer(String question, AnswerMode mode, String text, List<Citation> citations, String notice,
                  List<Integer> invalidCitations, List<QuoteCheck> quotes) {
        this(question, mode, text, citations, notice, invalidCitations, quotes, null, question, "");
    }

    /**
     * This answer, to a stand-alone question, as the answer to the question the user asked in a conversation.
     */
    public Answer inConversation(long conversation, String asked) {
        return new Answer(asked, mode, text, citations, notice, invalidCitations, quotes, conversation, question,
                refusal);
    }

    /** The documents hold no answer: the nearest passages are shown, the model was not asked. */
    public static Answer notInDocuments(String question, List<Citation> nearest) {
        return notInDocuments(question, nearest, "");
    }

    /** The documents hold no answer, for a reason the user can read: the model was not asked. */
    public static Answer notInDocuments(String question, List<Citation> nearest, String refusal) {
        return new Answer(question, AnswerMode.NOT_IN_DOCUMENTS, NOT_IN_DOCUMENTS, nearest, "", List.of(), List.of(),
                null, question, refusal);
    }

    /** Whether the model was kept from this question and could be asked anyway. */
    public boolean refused() {
        return !refusal.isEmpty();
    }

    /** An answer made of retrieved passages alone. */
    public static Answer retrieved(String question, String text, List<Citation> citations, String notice) {
        return new Answer(question, AnswerMode.RETRIEVAL_ONLY, text, citations, notice, List.of(), List.of());
    }
}
