package org.dossier.assistant.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dossier.indexer.catalog.Catalog;
import org.dossier.indexer.catalog.DocumentRecord;
import org.dossier.indexer.catalog.SourceRecord;
import org.dossier.indexer.index.PassageHit;
import org.dossier.indexer.index.SearchFilter;

/**
 * Finds the passages that best match a question ({@link HybridSearch}) and turns each into a numbered
 * {@link Citation}: the catalog says which file, page or message it is, the highlighter which words matched.
 */
public final class Retriever {

    private final HybridSearch search;
    private final Catalog catalog;
    private final Highlighter highlighter;

    public Retriever(HybridSearch search, Catalog catalog, Highlighter highlighter) {
        this.search = search;
        this.catalog = catalog;
        this.highlighter = highlighter;
    }

    public List<Citation> retrieve(String question, int limit) {
        return retrieve(question, SearchFilter.NONE, limit);
    }

    public List<Citation> retrieve(String question, SearchFilter filter, int limit) {
        List<PassageHit> hits = search.search(question, filter, limit);
        Map<Long, DocumentRecord> documents = byId(catalog.findAll(hits.stream().map(PassageHit::documentId).toList()));
        documents.putAll(byId(catalog.findAll(documents.values().stream()
                .map(DocumentRecord::parentId).filter(Objects::nonNull).distinct().toList())));
        Map<Long, SourceRecord> sources = catalog.sources().stream()
                .collect(Collectors.toMap(SourceRecord::id, Function.identity()));
        List<Citation> citations = new ArrayList<>(hits.size());
        for (PassageHit hit : hits) {
            DocumentRecord document = documents.get(hit.documentId());
            if (document == null) {
                continue; // removed from the catalog after the searcher was opened
            }
            citations.add(citation(citations.size() + 1, question, hit, document, documents, sources));
        }
        return citations;
    }

    private Citation citation(int number, String question, PassageHit hit, DocumentRecord document,
                              Map<Long, DocumentRecord> documents, Map<Long, SourceRecord> sources) {
        DocumentRecord parent = document.parentId() == null ? null : documents.get(document.parentId());
        DocumentRecord message = document.isMessage() ? document : parent != null && parent.isMessage() ? parent : null;
        boolean isAttachment = !document.entry().isEmpty() && !document.isMessage();
        SourceRecord source = sources.get(document.sourceId());
        String absolute = source == null ? document.path() : source.path().resolve(document.path()).toString();
        return new Citation(
                number,
                document.id(),
                document.path(),
                absolute,
                hit.page(),
                message == null ? null : messageRef(message),
                isAttachment ? document.title() : null,
                highlighter.snippet(question, hit.text()),
                hit.text(),
                hit.start(),
                hit.end(),
                hit.score(),
                document.sha256());
    }

    private static MessageRef messageRef(DocumentRecord message) {
        return new MessageRef(message.title(), message.author(), message.sentAt(),
                message.mail() == null ? null : message.mail().messageId(),
                message.mail() == null ? null : message.mail().folder());
    }

    private static Map<Long, DocumentRecord> byId(List<DocumentRecord> documents) {
        Map<Long, DocumentRecord> map = new HashMap<>();
        documents.forEach(document -> map.put(document.id(), document));
        return map;
    }

}
