package org.dossier.assistant;

import java.util.List;

import org.dossier.assistant.retrieve.Retriever;
import org.dossier.indexer.SearchFilter;

/**
 * Searches the indexed documents: the passages that match some words best, with their places and highlights. (A
 * question is answered by {@code org.dossier.assistant.Ask}.)
 */
public final class AnswerService {

    private final Retriever retriever;
    private final AssistantProperties properties;

    public AnswerService(Retriever retriever, AssistantProperties properties) {
        this.retriever = retriever;
        this.properties = properties;
    }

    public List<Citation> search(String words) {
        return search(words, SearchFilter.NONE);
    }

    /**
     * The passages that match some words among those the filter allows (a sender, a recipient, a thread); with a
     * filter, the words may be left out to list what it allows, oldest first.
     */
    public List<Citation> search(String words, SearchFilter filter) {
        String query = filter.isEmpty() || (words != null && !words.isBlank()) ? Question.of(words).text() : "";
        return retriever.retrieve(query, filter, properties.searchResults());
    }
}
