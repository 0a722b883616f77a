package org.dossier.assistant.answer;

import java.util.List;

import org.dossier.assistant.QuoteCheck;

/**
 * A generated answer after checking.
 *
 * @param text             the answer, with citation numbers that point nowhere removed and unverified quotes marked
 * @param cited            passage numbers the answer cites (and that exist)
 * @param invalidCitations numbers the model cited that match no passage, removed from the text
 * @param quotes           every quotation and whether it was found verbatim
 */
public record CheckedAnswer(String text, List<Integer> cited, List<Integer> invalidCitations, List<QuoteCheck> quotes) {

    public CheckedAnswer {
        cited = List.copyOf(cited);
        invalidCitations = List.copyOf(invalidCitations);
        quotes = List.copyOf(quotes);
    }
}
