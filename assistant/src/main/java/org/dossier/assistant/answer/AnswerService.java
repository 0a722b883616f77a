package org.dossier.assistant.answer;

import java.util.List;

import org.dossier.assistant.AssistantProperties;
import org.dossier.assistant.UserInputException;
import org.dossier.assistant.retrieve.Citation;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.indexer.PassageSearch;
import org.dossier.indexer.SearchFilter;

/**
 * Answers a question from the indexed documents. With a ready chat model the answer is written by it from the
 * retrieved passages and checked ({@link GroundedAnswerer}); without one it is retrieval-only: the passages that
 * match best, clearly labelled as retrieved passages, and a note on how to configure a model.
 */
public final class AnswerService {

    /** Longer is a pasted document, not a question: it would crowd the model's context out. */
    public static final int MAX_QUESTION_CHARS = 4000;


    static final String RETRIEVED = "Retrieved passages (not a written answer): the passages below match your question best.";
    static final String NOTHING_FOUND = "The indexed documents contain no passage that matches this question.";
    static final String NOTHING_INDEXED = "Nothing is indexed yet — run 'index <folder>' first.";

    private final Retriever retriever;
    private final ChatEngine chatEngine;
    private final PassageSearch index;
    private final AssistantProperties properties;
    private final GroundedAnswerer grounded;

    public AnswerService(Retriever retriever, ChatEngine chatEngine, PassageSearch index, AssistantProperties properties,
                         GroundedAnswerer grounded) {
        this.retriever = retriever;
        this.chatEngine = chatEngine;
        this.index = index;
        this.properties = properties;
        this.grounded = grounded;
    }

    public Answer ask(String question) {
        return ask(question, "", AnswerStream.unwatched());
    }

    /**
     * Answers a question that stands alone, giving the model the conversation so far (as {@code answer.txt} places
     * it, before the passages) so that it can keep to the same subject. A generated answer is streamed as it is
     * written (passages, then tokens); the {@link AnswerEvent.Done} is left to the caller, which may still add to the
     * answer. Nothing is stored here.
     *
     * @param conversation earlier questions and answers as prompt text, or empty
     */
    public Answer ask(String question, String conversation, AnswerStream stream) {
        String trimmed = requireQuestion(question);
        ModelStatus model = modelStatus();
        List<Citation> citations = retriever.retrieve(trimmed, properties.answerPassages());
        if (model.ready() && !citations.isEmpty()) {
            try {
                return grounded.answer(trimmed, conversation, citations, stream);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the model answered", e);
            }
        }
        String text = !citations.isEmpty() ? RETRIEVED
                : index.passageCount() == 0 ? NOTHING_INDEXED
                : NOTHING_FOUND;
        return Answer.retrieved(trimmed, text, citations, model.ready() ? "" : model.detail());
    }

    /** The model's status, after waiting for it to load where configured (one-shot commands do). */
    public ModelStatus modelStatus() {
        if (properties.modelWait().isZero()) {
            return chatEngine.status();
        }
        try {
            return chatEngine.awaitReady(properties.modelWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return chatEngine.status();
        }
    }

    public List<Citation> search(String words) {
        return search(words, SearchFilter.NONE);
    }

    /**
     * The passages that match some words among those the filter allows (a sender, a recipient, a thread); with a
     * filter, the words may be left out to list what it allows, oldest first.
     */
    public List<Citation> search(String words, SearchFilter filter) {
        String query = filter.isEmpty() || (words != null && !words.isBlank()) ? requireQuestion(words) : "";
        return retriever.retrieve(query, filter, properties.searchResults());
    }

    /** The question without surrounding blanks; an empty or overlong one is refused with what to do. */
    public static String requireQuestion(String question) {
        if (question == null || question.isBlank()) {
            throw new UserInputException("the question is empty — ask something, e.g. ask \"who signed the contract?\"");
        }
        String stripped = question.strip();
        if (stripped.length() > MAX_QUESTION_CHARS) {
            throw new UserInputException("the question is " + stripped.length() + " characters long; at most "
                    + MAX_QUESTION_CHARS + " are read — ask about the passage's key words instead of pasting it");
        }
        return stripped;
    }
}
