package org.dossier.assistant.retrieve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DossierAnalyzer;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.jspecify.annotations.Nullable;

/**
 * Searches a question as its wording asks ({@link QuestionPlan}): the whole question always; each part of a
 * multi-part question on its own, so that both parts' sources are among the candidates however much one part's
 * words dominate the whole; the question again among passages dated in the range it names, all of those first;
 * and for "the first / the last …" the messages of the sender it names (or of the thread it is about) ordered by
 * their sent date, the earliest or latest first. The lists are taken in turn, best of each first, each passage
 * once.
 */
final class PlannedSearch {

    /** How many of the best passages are read for the sender or the thread a first/last question is about. */
    private static final int ABOUT = 10;
    /** How many of a sender's or a thread's passages are read to find the first or the last. */
    private static final int POOL = 50;
    /** Words of first/last questions that say what is asked, not what it is about. */
    private static final String ASKING_WORDS = "first last earliest latest oldest newest most recent message messages "
            + "mail email e-mail sent send wrote write written thread reply replied";

    private final HybridSearch search;
    private final DocumentCatalog catalog;
    private final DossierAnalyzer words;
    private final Set<String> askingTerms;

    PlannedSearch(HybridSearch search, DocumentCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
        this.words = search.analyzer();
        this.askingTerms = terms(ASKING_WORDS);
    }

    List<PassageHit> search(String question, SearchFilter filter, int limit) {
        List<PassageHit> whole = search.search(question, filter, limit);
        QuestionPlan plan = QuestionPlan.of(question);
        if (question.isBlank() || plan.isPlain()) {
            return whole;
        }
        List<List<PassageHit>> lists = new ArrayList<>();
        lists.add(whole);
        for (String part : plan.parts()) {
            lists.add(search.search(part, filter, limit));
        }
        List<PassageHit> merged = inTurn(lists, limit);
        if (plan.range() != null) {
            // the range the question names first, the rest after: a date misread reorders, and loses nothing
            List<PassageHit> inRange = search.search(question, plan.range().applyTo(filter), limit);
            merged = inTurn(List.of(inRange, merged), limit, inRange.size());
        }
        if (plan.order() == null) {
            return merged;
        }
        SearchFilter scope = plan.range() == null ? filter : plan.range().applyTo(filter);
        return inTurn(List.of(inDateOrder(question, plan.order(), scope, merged), merged), limit);
    }

    /** The best of each list, then the second best of each, …; a passage already taken is not taken again. */
    static List<PassageHit> inTurn(List<List<PassageHit>> lists, int limit) {
        return inTurn(lists, limit, 0);
    }

    /** As {@link #inTurn(List, int)}, after the first {@code leading} passages of the first list. */
    private static List<PassageHit> inTurn(List<List<PassageHit>> lists, int limit, int leading) {
        Map<String, PassageHit> taken = new LinkedHashMap<>();
        lists.getFirst().stream().limit(Math.min(leading, limit)).forEach(hit -> taken.putIfAbsent(hit.key(), hit));
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int rank = 0; rank < longest && taken.size() < limit; rank++) {
            for (List<PassageHit> list : lists) {
                if (rank < list.size() && taken.size() < limit) {
                    taken.putIfAbsent(list.get(rank).key(), list.get(rank));
                }
            }
        }
        return List.copyOf(taken.values());
    }

    /**
     * The messages the question is about, one passage each, earliest or latest first: those of the sender it names
     * (a name among the senders of the best passages), else those of the best message's thread. Of a sender's
     * messages, only those saying something the question names besides the sender, when it names anything.
     */
    private List<PassageHit> inDateOrder(String question, QuestionPlan.Order order, SearchFilter scope,
                                         List<PassageHit> found) {
        List<PassageHit> best = found.subList(0, Math.min(ABOUT, found.size()));
        Map<Long, DocumentRecord> documents = byId(best.stream().map(PassageHit::documentId).toList());
        List<DocumentRecord> messages = best.stream().map(hit -> documents.get(hit.documentId()))
                .filter(document -> document != null && document.isMessage()).toList();
        if (messages.isEmpty()) {
            return List.of();
        }
        Set<String> asked = terms(question);
        DocumentRecord bySender = messages.stream()
                .filter(message -> message.author() != null && !disjoint(terms(message.author()), asked))
                .findFirst().orElse(null);
        List<PassageHit> pool;
        if (bySender != null) {
            Set<String> about = new HashSet<>(asked);
            about.removeAll(terms(bySender.author()));
            about.removeAll(askingTerms);
            pool = search.search(question, scope.withSender(bySender.author()), POOL);
            List<PassageHit> saying = pool.stream().filter(hit -> !disjoint(terms(hit.text()), about)).toList();
            pool = about.isEmpty() || saying.isEmpty() ? pool : saying;
        } else {
            String root = threadRoot(messages.getFirst().mail());
            if (root == null) {
                return List.of();
            }
            pool = search.search("", scope.withThread(root), POOL);
        }
        return byDate(pool, order);
    }

    /** One passage per message (its best), the messages by sent date; those without a date last. */
    private List<PassageHit> byDate(List<PassageHit> pool, QuestionPlan.Order order) {
        Map<Long, PassageHit> firstOfEach = new LinkedHashMap<>();
        pool.forEach(hit -> firstOfEach.putIfAbsent(hit.documentId(), hit));
        Map<Long, DocumentRecord> documents = byId(List.copyOf(firstOfEach.keySet()));
        Comparator<Instant> byTime = order == QuestionPlan.Order.FIRST ? Comparator.naturalOrder()
                : Comparator.reverseOrder();
        return firstOfEach.values().stream()
                .filter(hit -> documents.containsKey(hit.documentId()) && documents.get(hit.documentId()).isMessage())
                .sorted(Comparator.comparing((PassageHit hit) -> documents.get(hit.documentId()).sentAt(),
                        Comparator.nullsLast(byTime)))
                .toList();
    }

    private static @Nullable String threadRoot(@Nullable MailHeaders mail) {
        if (mail == null) {
            return null;
        }
        return !mail.references().isEmpty() ? mail.references().getFirst()
                : mail.inReplyTo() != null ? mail.inReplyTo() : mail.messageId();
    }

    private Map<Long, DocumentRecord> byId(List<Long> ids) {
        return catalog.findAll(ids).stream().collect(Collectors.toMap(DocumentRecord::id, Function.identity()));
    }

    private Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        words.tokens(text).forEach(token -> terms.add(token.term()));
        return terms;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return java.util.Collections.disjoint(a, b);
    }
}
