package org.dossier.assistant.bridge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dossier.assistant.answer.Answerability;
import org.dossier.assistant.answer.EvidenceReader;
import org.dossier.assistant.answer.OneLineReply;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.engine.ChatEngine;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A second retrieval round for a question whose answer spans two documents linked by a name or a number ("how much
 * was the company that signed the dredging deal paid?": the contract names the company, the invoice register its
 * payments). When the first round's best few passages do not hold the question's words (coverage below the
 * answerability rule's minimum), the chat model reads them and replies with one search query ({@code bridge.txt},
 * temperature 0, one short line); its passages are fused with the first round's. Off unless
 * {@code dossier.assistant.second-round} is on, and only with a ready model; a reply that is no usable query, or a
 * model that fails, leaves the first round as it was.
 *
 * @param enabled         {@code dossier.assistant.second-round}
 * @param minimumCoverage the answerability rule's: below it, the first round did not cover the question
 */
public record BridgingRound(boolean enabled, ChatEngine engine, BridgePrompt prompt, EvidenceReader evidence,
                            double minimumCoverage) {

    static final int MAX_TOKENS = 48;
    static final int LONGEST_QUERY_CHARS = 200;
    /** How much of each passage the model reads: enough to hold the name or number that leads on. */
    static final int PASSAGE_CHARS = 600;
    /** Models like to label their reply ("Search query: …") or dress it up; neither is part of the query. */
    private static final Pattern LABEL = Pattern.compile("^(?i)(?:the\\s+)?(?:search\\s+)?query\\s*:\\s*");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Logger log = LoggerFactory.getLogger(BridgingRound.class);

    /** What the round did: the passages to answer from, and the query it searched (empty when it did not run). */
    public record Outcome(Retriever.Found found, Optional<String> query) {
    }

    /** The first round's passages, or those fused with a second round's when the first did not cover the question. */
    public Outcome widen(String question, Retriever.Found first, Retriever retriever, SearchFilter filter, int limit,
                         boolean modelReady) {
        if (!enabled || !modelReady || first.hits().isEmpty()
                || evidence.read(question, first.hits()).coverage() >= minimumCoverage) {
            return new Outcome(first, Optional.empty());
        }
        Optional<String> query = ask(question, first.hits());
        if (query.isEmpty()) {
            return new Outcome(first, Optional.empty());
        }
        log.debug("second retrieval round for \"{}\": \"{}\"", question, query.get());
        return new Outcome(retriever.widen(question, first, query.get(), filter, limit), query);
    }

    private Optional<String> ask(String question, List<PassageHit> hits) {
        List<PassageHit> best = hits.subList(0, Math.min(Answerability.Rule.BEST_FEW, hits.size()));
        String passages = IntStream.range(0, best.size())
                .mapToObj(i -> "[" + (i + 1) + "] " + cut(best.get(i).text()))
                .collect(Collectors.joining("\n\n"));
        try {
            String reply = OneLineReply.ask(engine, prompt.fill(question, passages), MAX_TOKENS);
            return query(reply).filter(q -> !q.strip().toLowerCase(Locale.ROOT)
                    .equals(question.strip().toLowerCase(Locale.ROOT)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (RuntimeException e) {
            // the answer that follows asks the same model and reports its failure; here the first round stands
            log.warn("the chat model could not suggest a second search, answering from the first: {}",
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** The reply's first line as a search query, or empty when it is none. */
    static Optional<String> query(String reply) {
        return OneLineReply.firstLine(reply, LABEL)
                .filter(line -> LETTER_OR_DIGIT.matcher(line).find() && line.length() <= LONGEST_QUERY_CHARS);
    }

    private static String cut(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= PASSAGE_CHARS ? flat : flat.substring(0, PASSAGE_CHARS) + "…";
    }
}
