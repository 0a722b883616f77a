package org.dossier.assistant;

import java.util.List;

/**
 * A quotation in an answer, and whether its words stand exactly (spacing and typographic quotes aside) in a passage
 * it cites.
 *
 * @param foundIn numbers of the passages that hold it; empty when it could not be verified
 */
public record QuoteCheck(String quote, boolean verified, List<Integer> foundIn) {

    public QuoteCheck {
        foundIn = List.copyOf(foundIn);
    }
}
