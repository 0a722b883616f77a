package org.dossier.assistant.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dossier.assistant.Citation;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.SourceRecord;

/**
 * Finds the passages that best match a question ({@link HybridSearch}, as the question's wording asks:
 * {@link PlannedSearch}) and turns each into a numbered
 * {@link Citation}: the index says which page, slide or sheet, the catalog which file, archive entry, message or
 * attachment ({@link Placement}), the highlighter which words matched.
 */
public final class Retriever {

    private final PlannedSearch search;
    private final DocumentCatalog catalog;
    private final Highlighter highlighter;

    public Retriever(HybridSearch search, DocumentCatalog catalog, Highlighter highlighter) {
        this.search = new PlannedSearch(search, catalog);
        this.catalog = catalog;
        this.highlighter = highlighter;
    }

    public List<Citation> retrieve(String question, int limit) {
        return retrieve(question, SearchFilter.NONE, limit);
    }

    /**
     * The passages of a search, each as the index found it (with the evidence of both lists) and as a citation.
     *
     * @param hits      what the search found, best first
     * @param citations the same passages as citations, in the same order, numbered from 1 by rank
     */
    public record Found(List<PassageHit> hits, List<Citation> citations) {

        public Found {
            hits = List.copyOf(hits);
            citations = List.copyOf(citations);
            if (hits.size() != citations.size()) {
                throw new IllegalArgumentException(hits.size() + " hits for " + citations.size() + " citations");
            }
        }
    }

    public List<Citation> retrieve(String question, SearchFilter filter, int limit) {
        return find(question, filter, limit).citations();
    }

    public Found find(String question, SearchFilter filter, int limit) {
        return cite(question, search.search(question, filter, limit));
    }

    /**
     * A first search's passages fused with those of a second query (a name or number the first found, that leads
     * to a second source): the best of each, then the second best of each, …, each passage once. The passages are
     * highlighted for the question and the second query's words alike.
     */
    public Found widen(String question, Found first, String secondQuery, SearchFilter filter, int limit) {
        List<PassageHit> second = search.search(secondQuery, filter, limit);
        return cite(question + " " + secondQuery, PlannedSearch.inTurn(List.of(first.hits(), second), limit));
    }

    private Found cite(String question, List<PassageHit> hits) {
        Map<Long, DocumentRecord> documents = withAncestors(hits.stream().map(PassageHit::documentId).toList());
        Map<Long, SourceRecord> sources = catalog.sources().stream()
                .collect(Collectors.toMap(SourceRecord::id, Function.identity()));
        List<PassageHit> found = new ArrayList<>(hits.size());
        List<Citation> citations = new ArrayList<>(hits.size());
        OtherPlaces otherPlaces = new OtherPlaces(catalog);
        for (PassageHit hit : hits) {
            DocumentRecord document = documents.get(hit.documentId());
            if (document == null) {
                continue; // removed from the catalog after the searcher was opened
            }
            found.add(hit);
            citations.add(citation(citations.size() + 1, question, hit, document, documents, sources, otherPlaces));
        }
        return new Found(found, citations);
    }

    private Citation citation(int number, String question, PassageHit hit, DocumentRecord document,
                              Map<Long, DocumentRecord> documents, Map<Long, SourceRecord> sources,
                              OtherPlaces otherPlaces) {
        Placement placement = Placement.of(document, documents);
        SourceRecord source = sources.get(document.sourceId());
        String absolute = source == null ? document.path() : source.path().resolve(document.path()).toString();
        return new Citation(
                number,
                document.id(),
                document.path(),
                absolute,
                placement.archivePath(),
                placement.message() == null ? null : messageRef(placement.message()),
                placement.attachment(),
                hit.location(),
                highlighter.snippet(question, hit.text()),
                hit.text(),
                hit.start(),
                hit.end(),
                hit.score(),
                document.sha256(),
                otherPlaces.of(document, placement, hit.location(), documents, this::withAncestors));
    }

    static MessageRef messageRef(DocumentRecord message) {
        return new MessageRef(message.title(), message.author(), message.sentAt(),
                message.mail() == null ? null : message.mail().messageId(),
                message.mail() == null ? null : message.mail().folder());
    }

    /** The documents and every container above them (an archive in an archive, a message and its mailbox). */
    private Map<Long, DocumentRecord> withAncestors(List<Long> ids) {
        Map<Long, DocumentRecord> documents = byId(catalog.findAll(ids));
        List<Long> missing = missingParents(documents);
        while (!missing.isEmpty()) {
            Map<Long, DocumentRecord> parents = byId(catalog.findAll(missing));
            if (parents.isEmpty()) {
                break; // removed after the searcher was opened
            }
            documents.putAll(parents);
            missing = missingParents(documents);
        }
        return documents;
    }

    private static List<Long> missingParents(Map<Long, DocumentRecord> documents) {
        return documents.values().stream().map(DocumentRecord::parentId)
                .filter(id -> id != null && !documents.containsKey(id)).distinct().toList();
    }

    private static Map<Long, DocumentRecord> byId(List<DocumentRecord> documents) {
        Map<Long, DocumentRecord> map = new HashMap<>();
        documents.forEach(document -> map.put(document.id(), document));
        return map;
    }

}
