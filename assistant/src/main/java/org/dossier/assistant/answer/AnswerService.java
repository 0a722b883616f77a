package org.dossier.assistant.answer;

import java.util.List;

import org.dossier.assistant.AssistantProperties;
import org.dossier.assistant.UserInputException;
import org.dossier.assistant.retrieve.Citation;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.indexer.index.PassageIndex;

/**
 * Answers a question from the indexed documents. Without a ready chat model the answer is retrieval-only: the
 * passages that match best, clearly labelled as retrieved passages, and a note on how to configure a model.
 */
public final class AnswerService {

    static final String RETRIEVED = "Retrieved passages (not a written answer): the passages below match your question best.";
    static final String NOTHING_FOUND = "The indexed documents contain no passage that matches this question.";
    static final String NOTHING_INDEXED = "Nothing is indexed yet — run 'index <folder>' first.";

    private final Retriever retriever;
    private final ChatEngine chatEngine;
    private final PassageIndex index;
    private final AssistantProperties properties;

    public AnswerService(Retriever retriever, ChatEngine chatEngine, PassageIndex index, AssistantProperties properties) {
        this.retriever = retriever;
        this.chatEngine = chatEngine;
        this.index = index;
        this.properties = properties;
    }

    public Answer ask(String question) {
        String trimmed = requireQuestion(question);
        ModelStatus model = chatEngine.status();
        List<Citation> citations = retriever.retrieve(trimmed, properties.answerPassages());
        String text = !citations.isEmpty() ? RETRIEVED
                : index.passageCount() == 0 ? NOTHING_INDEXED
                : NOTHING_FOUND;
        return new Answer(trimmed, AnswerMode.RETRIEVAL_ONLY, text, citations, model.detail());
    }

    public List<Citation> search(String words) {
        return retriever.retrieve(requireQuestion(words), properties.searchResults());
    }

    private static String requireQuestion(String question) {
        if (question == null || question.isBlank()) {
            throw new UserInputException("the question is empty — ask something, e.g. ask \"who signed the contract?\"");
        }
        return question.strip();
    }
}
