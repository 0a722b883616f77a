package org.dossier.web.viewer;

import java.util.List;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.Location;
import org.dossier.indexer.PassageHit;
import org.jspecify.annotations.Nullable;

/**
 * Which documents the viewer renders page by page (with PDF.js), and at which page it opens: a PDF that is a file of
 * its own (one inside an archive or attached to a message has no original of its own to fetch), at the page of the
 * first passage the citation points at, or at page 1.
 */
final class PdfPages {

    static final String PDF = "application/pdf";

    private PdfPages() {
    }

    /** Whether the catalog recorded this document as a PDF file of its own. */
    static boolean renderable(DocumentRecord document) {
        return document.entry().isEmpty() && PDF.equals(DocumentController.baseType(document));
    }

    /** The page to open at, or null when the document is not rendered page by page. */
    static @Nullable Integer firstPage(DocumentRecord document, List<PassageHit> passages,
                                       @Nullable Integer citedStart, @Nullable Integer citedEnd) {
        if (!renderable(document)) {
            return null;
        }
        if (citedStart != null && citedEnd != null) {
            for (PassageHit passage : passages) {
                Location location = passage.location();
                if (passage.start() < citedEnd && passage.end() > citedStart && location != null
                        && location.kind() == Location.Kind.PAGE) {
                    return location.number();
                }
            }
        }
        return 1;
    }
}
