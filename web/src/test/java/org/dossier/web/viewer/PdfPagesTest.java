package org.dossier.web.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.Location;
import org.dossier.indexer.PassageHit;
import org.junit.jupiter.api.Test;

/** Which documents the viewer draws page by page, and the page it opens at. */
class PdfPagesTest {

    private static final List<PassageHit> PASSAGES = List.of(
            new PassageHit(1, 0, Location.page(1), 0, 100, "First page.", 0),
            new PassageHit(1, 1, Location.page(2), 102, 200, "Second page.", 0),
            new PassageHit(1, 2, Location.page(3), 202, 300, "Third page, where the contract was signed.", 0));

    @Test
    void aCitedPdfOpensAtThePageOfTheFirstCitedPassage() {
        assertThat(PdfPages.firstPage(document("contract.pdf", "", "application/pdf"), PASSAGES, 150, 260))
                .isEqualTo(2);
        assertThat(PdfPages.firstPage(document("contract.pdf", "", "application/pdf; version=1.7"), PASSAGES,
                210, 220)).isEqualTo(3);
    }

    @Test
    void aPdfWithoutACitationOrWithoutPagesOpensAtPageOne() {
        assertThat(PdfPages.firstPage(document("contract.pdf", "", "application/pdf"), PASSAGES, null, null))
                .isEqualTo(1);
        assertThat(PdfPages.firstPage(document("contract.pdf", "", "application/pdf"),
                List.of(new PassageHit(1, 0, null, 0, 10, "No page.", 0)), 0, 10)).isEqualTo(1);
    }

    @Test
    void onlyAPdfFileOfItsOwnIsDrawn() {
        assertThat(PdfPages.firstPage(document("leak.zip", "memos/q3.pdf", "application/pdf"), PASSAGES, 210, 220))
                .isNull();
        assertThat(PdfPages.firstPage(document("page.html", "", "text/html"), PASSAGES, 210, 220)).isNull();
        assertThat(PdfPages.firstPage(document("scan.pdf", "", null), PASSAGES, 210, 220)).isNull();
    }

    private static DocumentRecord document(String path, String entry, String mediaType) {
        return new DocumentRecord(1, 1, entry.isEmpty() ? null : 7L, path, entry, 1000, Instant.EPOCH, "0".repeat(64),
                mediaType, null, null, null, null, DocumentState.INDEXED, null, PASSAGES.size());
    }
}
