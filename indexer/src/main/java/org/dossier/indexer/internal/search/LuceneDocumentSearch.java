package org.dossier.indexer.internal.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentSearch;
import org.dossier.indexer.DossierAnalyzer;
import org.dossier.indexer.Facet;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchRequest;
import org.dossier.indexer.SearchResults.DocumentMatch;
import org.dossier.indexer.SearchResults.Mark;
import org.dossier.indexer.SearchResults.PassageMatch;
import org.dossier.indexer.SearchResults;
import org.dossier.indexer.SourceRecord;
import org.dossier.indexer.internal.index.IndexSnapshot;
import org.dossier.indexer.internal.index.PassageIndex;

/**
 * The search page's search on the Lucene index: every passage the query matches, read from one snapshot, grouped by
 * document; the documents' catalog records give the facets (type, source, folder, sender, year and month), which
 * narrow the list; then the order and the page. Counting at the document level is why facets come from the catalog
 * rather than from index-side facet fields: a passage count per value would say nothing a journalist can use.
 */
public record LuceneDocumentSearch(PassageIndex index, DocumentCatalog catalog) implements DocumentSearch {

    /** Best passages shown under a document. */
    private static final int BEST_PASSAGES = 3;
    /** Catalog records read per query to the catalog. */
    private static final int CATALOG_BATCH = 500;
    /** The index's analysis, for highlighting; safe to share between threads. */
    private static final DossierAnalyzer WORDS = new DossierAnalyzer();

    /** A document's matching passages, best first, while they are grouped. */
    private record Group(long documentId, List<IndexSnapshot.Match> matches) {
        float score() {
            return matches.getFirst().score();
        }
    }

    /**
     * On one snapshot, held to the end: every matching passage (its document id only), grouped by document; the
     * catalog records of those documents, narrowed by the chosen facets and counted by all; the order; and the
     * text of the passages shown, for one page (or one passage a document, for an export of all).
     */
    @Override
    public SearchResults search(SearchRequest request) {
        return index.read(snapshot -> {
            // 1. every matching passage, grouped by document (best passage first)
            IndexSnapshot.Matches matches = snapshot.matching(request.query());
            Map<Long, Group> groups = new LinkedHashMap<>();
            for (IndexSnapshot.Match match : matches.matches()) {
                groups.computeIfAbsent(match.documentId(), id -> new Group(id, new ArrayList<>())).matches()
                        .add(match);
            }
            // 2. their catalog records (a document removed meanwhile is left out), narrowed by the chosen facets
            Map<Long, DocumentRecord> records = records(List.copyOf(groups.keySet()));
            FacetValues values = new FacetValues(sourceNames());
            List<Group> chosen = groups.values().stream()
                    .filter(group -> records.containsKey(group.documentId()))
                    .filter(group -> values.allows(records.get(group.documentId()), request.facets()))
                    .sorted(order(request.order(), records))
                    .toList();
            // 3. the facets of what is left, then one page of it with its passages' text
            Map<Facet, List<Facet.Count>> facets = values.count(chosen.stream()
                    .map(group -> records.get(group.documentId())).toList());
            long from = (long) (request.page() - 1) * request.pageSize();
            int shown = request.pageSize() == Integer.MAX_VALUE ? 1 : BEST_PASSAGES;
            List<DocumentMatch> page = chosen.stream().skip(from).limit(request.pageSize())
                    .map(group -> match(snapshot, group, records.get(group.documentId()), matches.matchedWord(),
                            shown))
                    .toList();
            long passages = chosen.stream().mapToLong(group -> group.matches().size()).sum();
            return new SearchResults(chosen.size(), passages, page, facets);
        });
    }

    @Override
    public List<PassageHit> passagesOf(long documentId) {
        return index.read(snapshot -> snapshot.passagesOf(documentId));
    }

    private Map<Long, DocumentRecord> records(List<Long> ids) {
        Map<Long, DocumentRecord> records = new HashMap<>();
        for (int at = 0; at < ids.size(); at += CATALOG_BATCH) {
            for (DocumentRecord record : catalog.findAll(ids.subList(at, Math.min(ids.size(), at + CATALOG_BATCH)))) {
                records.put(record.id(), record);
            }
        }
        return records;
    }

    private Map<Long, String> sourceNames() {
        Map<Long, String> names = new HashMap<>();
        for (SourceRecord source : catalog.sources()) {
            names.put(source.id(), source.path().toString());
        }
        return names;
    }

    private static Comparator<Group> order(SearchRequest.Order order, Map<Long, DocumentRecord> records) {
        Comparator<Group> byScore = Comparator.comparingDouble(Group::score).reversed();
        Comparator<Group> byDate = Comparator.comparing(group -> date(records.get(group.documentId())));
        return switch (order) {
            case RELEVANCE -> byScore.thenComparingLong(Group::documentId);
            case NEWEST -> byDate.reversed().thenComparingLong(Group::documentId);
            case OLDEST -> byDate.thenComparingLong(Group::documentId);
        };
    }

    /** A message's date, or else when the file was last changed. */
    static Instant date(DocumentRecord record) {
        return record.sentAt() != null ? record.sentAt() : record.modifiedAt();
    }

    private DocumentMatch match(IndexSnapshot snapshot, Group group, DocumentRecord record,
                                Predicate<String> matchedWord, int shown) {
        List<PassageMatch> best = snapshot.passages(group.matches().subList(0, Math.min(shown,
                        group.matches().size()))).stream()
                .map(hit -> new PassageMatch(hit, marks(hit.text(), matchedWord)))
                .toList();
        return new DocumentMatch(record, group.score(), group.matches().size(), best, catalog.copies(record.id()));
    }

    private List<Mark> marks(String text, Predicate<String> matchedWord) {
        return WORDS.tokens(text).stream().filter(token -> matchedWord.test(token.term()))
                .map(token -> new Mark(token.start(), token.end())).toList();
    }

    /** The value a document has for each facet, and the counting and narrowing by them. */
    static final class FacetValues {

        private final Map<Long, String> sourceNames;

        FacetValues(Map<Long, String> sourceNames) {
            this.sourceNames = sourceNames;
        }

        /** A document's values for a facet: none, one, or several (its folders, its recipients). */
        List<String> values(Facet facet, DocumentRecord record) {
            return switch (facet) {
                case TYPE -> List.of(record.mediaType() == null ? "unknown"
                        : record.mediaType().split(";", 2)[0].strip());
                case SOURCE -> List.of(sourceNames.getOrDefault(record.sourceId(), "source " + record.sourceId()));
                case FOLDER -> folders(record.path());
                case SENDER -> record.isMessage() && record.author() != null ? List.of(record.author()) : List.of();
                case RECIPIENT -> record.mail() == null ? List.of()
                        : record.mail().recipients().stream().distinct().toList();
                case YEAR -> List.of(Integer.toString(date(record).atOffset(ZoneOffset.UTC).getYear()));
                case MONTH -> List.of(date(record).atOffset(ZoneOffset.UTC).toString().substring(0, 7));
            };
        }

        /** Every folder a path lies in, from the top down ({@code a}, {@code a/b} for {@code a/b/c.txt}). */
        static List<String> folders(String path) {
            List<String> folders = new ArrayList<>();
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
            return folders.isEmpty() ? List.of("(top folder)") : folders;
        }

        /** A document has, for each facet chosen, one of the values chosen for it. */
        boolean allows(DocumentRecord record, List<Facet.FacetChoice> choices) {
            Map<Facet, List<String>> byFacet = new EnumMap<>(Facet.class);
            choices.forEach(choice -> byFacet.computeIfAbsent(choice.facet(), f -> new ArrayList<>())
                    .add(choice.value()));
            return byFacet.entrySet().stream().allMatch(entry -> values(entry.getKey(), record).stream()
                    .anyMatch(entry.getValue()::contains));
        }

        Map<Facet, List<Facet.Count>> count(List<DocumentRecord> records) {
            Map<Facet, List<Facet.Count>> facets = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                Map<String, Long> counts = new HashMap<>();
                for (DocumentRecord record : records) {
                    for (String value : values(facet, record)) {
                        counts.merge(value, 1L, Long::sum);
                    }
                }
                Comparator<Facet.Count> order = facet == Facet.YEAR || facet == Facet.MONTH || facet == Facet.FOLDER
                        ? Comparator.comparing(Facet.Count::value)
                        : Comparator.comparingLong(Facet.Count::documents).reversed()
                                .thenComparing(Facet.Count::value);
                facets.put(facet, counts.entrySet().stream()
                        .map(entry -> new Facet.Count(facet, entry.getKey(), entry.getValue()))
                        .sorted(order).toList());
            }
            return facets;
        }
    }
}
