package org.dossier.engine;

/** A token count that errs high, for runtimes without a tokenizer of their own: prompts must never overflow. */
public final class TokenEstimate {

    private TokenEstimate() {
    }

    /**
     * About one token per three characters, or per word-piece, whichever is more: subword tokenizers seldom do worse
     * than three characters a token on prose, and punctuation and digits count separately.
     */
    public static int conservative(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int pieces = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    pieces++;
                    inWord = true;
                }
            } else {
                inWord = false;
                if (!Character.isWhitespace(c)) {
                    pieces++;
                }
            }
        }
        return Math.max(pieces, (text.length() + 2) / 3);
    }
}
