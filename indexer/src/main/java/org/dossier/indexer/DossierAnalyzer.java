package org.dossier.indexer;

import java.util.List;

import org.dossier.indexer.internal.index.PassageAnalyzer;

/**
 * Words as the index sees them: Unicode-folded (case, accents and width in every script, {@code ß} as {@code ss},
 * so {@code Çelik} finds {@code Celik}), then folded to ASCII where a letter has an ASCII look-alike that ICU keeps
 * apart (Turkish dotless {@code ı}, so {@code Yılmaz} finds {@code Yilmaz}); English stop words dropped and stems
 * taken (so {@code signed} finds {@code signs}). The same analysis serves queries and highlighting, so a
 * highlighted word is exactly a word that matched. Safe to use from several threads.
 */
public final class DossierAnalyzer {

    /** A word of a text with where it stands, for highlighting. */
    public record Token(String term, int start, int end) {
    }

    private final PassageAnalyzer analysis = new PassageAnalyzer();

    /** The analysed words of a text with their character offsets. */
    public List<Token> tokens(String text) {
        return analysis.tokens(text);
    }
}
