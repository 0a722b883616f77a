package org.dossier.indexer.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dossier.indexer.Location;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a document's locations are from the elements Tika wrapped its parts in ({@link SectionMarks})
 * and its media type: an XLS sheet comes as a {@code <div class="page">} like a PDF page, and an ODS sheet as a bare
 * table like any table, so only the format tells a sheet from a page or a table.
 */
final class Sections {

    /** Pages, or slides and sheets: a document has one kind of location, never a mix. */
    record Layout(List<Integer> pageStarts, List<Section> sections) {
    }

    private Sections() {
    }

    static Layout of(SectionMarks marks, @Nullable String mediaType) {
        if (isSpreadsheet(mediaType)) {
            return new Layout(List.of(), sheets(marks));
        }
        if (!marks.slideStarts().isEmpty()) {
            List<Section> slides = new ArrayList<>();
            for (int start : marks.slideStarts()) {
                slides.add(new Section(start, Location.slide(slides.size() + 1)));
            }
            return new Layout(List.of(), slides);
        }
        return new Layout(marks.pages().stream().map(SectionMarks.Mark::start).toList(), List.of());
    }

    /** XLSX sheets, else XLS sheets (page divs), else ODS sheets (tables in the body, unnamed). */
    private static List<Section> sheets(SectionMarks marks) {
        List<SectionMarks.Mark> starts = !marks.sheets().isEmpty() ? marks.sheets()
                : !marks.pages().isEmpty() ? marks.pages()
                : marks.bodyTableStarts().stream().map(start -> new SectionMarks.Mark(start, null)).toList();
        List<Section> sheets = new ArrayList<>();
        for (SectionMarks.Mark mark : starts) {
            sheets.add(new Section(mark.start(), Location.sheet(sheets.size() + 1, mark.heading())));
        }
        return sheets;
    }

    /** Excel (XLS, XLSX, XLSM, XLSB and templates) and OpenDocument spreadsheets, flat ones included. */
    static boolean isSpreadsheet(@Nullable String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/vnd.ms-excel")
                || type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml")
                || type.startsWith("application/vnd.oasis.opendocument.spreadsheet")
                || type.startsWith("application/vnd.oasis.opendocument.flat.spreadsheet");
    }
}
