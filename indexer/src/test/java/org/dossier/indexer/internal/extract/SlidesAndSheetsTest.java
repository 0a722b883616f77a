package org.dossier.indexer.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.Location;
import org.dossier.indexer.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slides and sheets as Tika 3.3 gives them, from presentations and workbooks the tests write. */
class SlidesAndSheetsTest {

    private static final List<String> SLIDES = List.of("Harbour dredging plan", "",
            "Costs doubled after the tender");

    private final TikaExtractor extractor = new TikaExtractor(1_000_000, Ocr.off());

    @TempDir
    Path dir;

    @Test
    void aPptxIsLocatedBySlideEvenWhereASlideHasNoText() throws Exception {
        ExtractedPart deck = container(OfficeFiles.pptx(dir.resolve("plan.pptx"), SLIDES));

        assertThat(deck.pageStarts()).isEmpty();
        assertThat(deck.sections()).extracting(Section::location)
                .containsExactly(Location.slide(1), Location.slide(2), Location.slide(3));
        assertThat(locationOf(deck, "Costs doubled")).isEqualTo(Location.slide(3));
        assertThat(locationOf(deck, "Harbour dredging")).isEqualTo(Location.slide(1));
    }

    @Test
    void aLegacyPptIsLocatedBySlideToo() throws Exception {
        ExtractedPart deck = container(OfficeFiles.ppt(dir.resolve("plan.ppt"), SLIDES));

        assertThat(deck.sections()).hasSize(3);
        assertThat(locationOf(deck, "Costs doubled")).isEqualTo(Location.slide(3));
    }

    @Test
    void anXlsxIsLocatedBySheetNameAndHasNoPages() throws Exception {
        ExtractedPart workbook = container(OfficeFiles.xlsx(dir.resolve("port.xlsx"), workbook()));

        assertThat(workbook.pageStarts()).isEmpty();
        assertThat(workbook.sections()).extracting(s -> s.location().label())
                .containsExactly("sheet “Budget”", "sheet “Vendors”", "sheet “Notes ✓”");
        assertThat(locationOf(workbook, "Bluewater Holdings")).isEqualTo(Location.sheet(2, "Vendors"));
        assertThat(locationOf(workbook, "Outer channel")).isEqualTo(Location.sheet(1, "Budget"));
    }

    @Test
    void anXlsIsLocatedBySheetNameThoughTikaWrapsItsSheetsLikePages() throws Exception {
        ExtractedPart workbook = container(OfficeFiles.xls(dir.resolve("port.xls"), workbook()));

        assertThat(workbook.pageStarts()).isEmpty();
        assertThat(locationOf(workbook, "Bluewater Holdings")).isEqualTo(Location.sheet(2, "Vendors"));
        assertThat(locationOf(workbook, "checked twice")).isEqualTo(Location.sheet(3, "Notes ✓"));
    }

    /** Tika gives an ODS sheet as a bare table, without its name: the sheet is cited by its number. */
    @Test
    void anOdsIsLocatedBySheetNumber() throws Exception {
        ExtractedPart workbook = container(OfficeFiles.ods(dir.resolve("port.ods"), workbook()));

        assertThat(workbook.sections()).hasSize(3);
        assertThat(locationOf(workbook, "Bluewater Holdings")).isEqualTo(Location.sheet(2, null));
        assertThat(Location.sheet(2, null).label()).isEqualTo("sheet 2");
    }

    /** A plain table in a text document is not a sheet. */
    @Test
    void anHtmlTableIsNotASheet() throws Exception {
        Path html = java.nio.file.Files.writeString(dir.resolve("t.html"),
                "<html><body><table><tr><td>Bluewater Holdings</td></tr></table></body></html>");

        ExtractedPart page = container(html);

        assertThat(page.locations()).isEmpty();
        assertThat(locationOf(page, "Bluewater")).isNull();
    }

    static Map<String, List<String>> workbook() {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        sheets.put("Budget", List.of("Item\tCost", "Outer channel dredging\t480000", "", "", "Harbour wall\t120000"));
        sheets.put("Vendors", List.of("", "", "Bluewater Holdings Ltd\tLimassol"));
        sheets.put("Notes ✓", List.of("Invoices checked twice by the auditor"));
        return sheets;
    }

    private ExtractedPart container(Path file) {
        return ((Extraction.Extracted) extractor.extract(file)).container();
    }

    private static Location locationOf(ExtractedPart part, String words) {
        int at = part.text().indexOf(words);
        assertThat(at).as("«%s» in the text", words).isNotNegative();
        return part.locationAt(at);
    }
}
