package org.dossier.indexer.internal.extract;

import org.apache.tika.exception.WriteLimitReachedException;

/**
 * The characters one file may still add to its text, shared by the handlers of all its documents (the file, its
 * messages, attachments and entries). Spent, it ends the parse: Tika's {@code RecursiveParserWrapper} takes a
 * {@link WriteLimitReachedException} as "the text was cut", keeps what was read and stops reading, so a 1 GB CSV is
 * read only as far as its first characters. Counted on the text Dossier keeps (with its line breaks and cell tabs),
 * so that "first N characters indexed" is exact.
 */
final class TextBudget {

    private final int limit;
    private int remaining;

    TextBudget(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the text limit must be positive: " + limit);
        }
        this.limit = limit;
        this.remaining = limit;
    }

    /** How many of {@code wanted} characters may still be kept; those are counted as kept. */
    int take(int wanted) {
        int granted = Math.min(wanted, remaining);
        remaining -= granted;
        return granted;
    }

    boolean spent() {
        return remaining == 0;
    }

    /** Thrown at every attempt to add text once spent: a parser that swallows one hears it again at its next text. */
    WriteLimitReachedException reached() {
        return new WriteLimitReachedException(limit);
    }
}
