package org.dossier.web.shell;

import java.util.Comparator;
import java.util.List;

import org.dossier.assistant.Citation;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.PassageSearch;
import org.dossier.indexer.SearchFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A cited passage with the passages before and after it in its document, read from the index through its face: a
 * search with no words, limited to the cited file, lists that file's passages; those of the cited document, in order,
 * give the neighbours.
 */
@Component
final class PassageContext {

    /** Enough for any one file's passages (a 20-million-character document cut into 300-character passages). */
    private static final int FILE_PASSAGES = 70_000;

    private final PassageSearch index;

    PassageContext(PassageSearch index) {
        this.index = index;
    }

    /** @param before the passage before, if any; {@code after} likewise */
    record Surrounding(@Nullable String before, @Nullable String after) {
    }

    Surrounding around(Citation citation) {
        List<PassageHit> passages = index.search("", null, SearchFilter.NONE.withPath(citation.file()), FILE_PASSAGES)
                .stream().filter(hit -> hit.documentId() == citation.documentId())
                .sorted(Comparator.comparingInt(PassageHit::ordinal)).toList();
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).start() == citation.start()) {
                return new Surrounding(i > 0 ? passages.get(i - 1).text() : null,
                        i + 1 < passages.size() ? passages.get(i + 1).text() : null);
            }
        }
        return new Surrounding(null, null); // re-indexed since: the passage alone
    }
}
