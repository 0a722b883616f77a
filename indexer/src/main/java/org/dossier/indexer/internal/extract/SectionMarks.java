package org.dossier.indexer.internal.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Where a document's headings, pages, sheets, slides and body tables begin in its text, as {@link PagedTextHandler}
 * meets the elements Tika 3.3 wraps them in:
 * <ul>
 *   <li>{@code <div class="page">}: a PDF page, and a sheet of an XLS workbook, whose name is the {@code <h1>} opening it;</li>
 *   <li>{@code <div class="sheet">}: an XLSX sheet, also opened by its name in an {@code <h1>};</li>
 *   <li>{@code <div class="slide">} (PPT) or, outside one, {@code <div class="slide-content">} (PPTX): a slide, its
 *       notes following it;</li>
 *   <li>a {@code <table>} directly in the body: an ODS sheet, which Tika gives without its name.</li>
 * </ul>
 * Which of them a document's locations are depends on its format: {@link Sections} decides.
 */
final class SectionMarks {

    private final List<Integer> headingStarts = new ArrayList<>();
    private final List<Mark> pages = new ArrayList<>();
    private final List<Mark> sheets = new ArrayList<>();
    private final List<Integer> slideStarts = new ArrayList<>();
    private final List<Integer> bodyTableStarts = new ArrayList<>();
    /** Classes of the open divs, innermost first: a PPT slide's content div is inside its slide div. */
    private final Deque<String> openDivs = new ArrayDeque<>();

    /** Where a page or sheet begins, and the heading that opens it (a sheet's name), if any. */
    record Mark(int start, @Nullable String heading) {
    }

    /**
     * Opens a div of this class. When the class begins a page, sheet or slide, marks where: {@code paragraphStart}
     * ends the text's paragraph and says where the next begins. Returns whether the class is one of a section's
     * (the caller breaks the line for any other div).
     */
    boolean startDiv(String cssClass, IntSupplier paragraphStart) {
        boolean section = true;
        switch (cssClass) {
            case "page" -> pages.add(new Mark(paragraphStart.getAsInt(), null));
            case "sheet" -> sheets.add(new Mark(paragraphStart.getAsInt(), null));
            case "slide" -> slideStarts.add(paragraphStart.getAsInt());
            case "slide-content" -> {
                if (!openDivs.contains("slide")) {
                    slideStarts.add(paragraphStart.getAsInt());
                }
            }
            default -> section = false;
        }
        openDivs.push(cssClass);
        return section;
    }

    void endDiv() {
        openDivs.poll();
    }

    void heading(int start) {
        headingStarts.add(start);
    }

    /**
     * The last heading ended, its text at the end of {@code text}: with nothing before it in its page or sheet, it
     * names that page or sheet (Tika opens each sheet with its name).
     */
    void headingEnded(CharSequence text) {
        int headingStart = headingStarts.getLast();
        for (List<Mark> marks : List.of(sheets, pages)) {
            if (marks.isEmpty()) {
                continue;
            }
            Mark last = marks.getLast();
            if (last.heading() == null && last.start() <= headingStart
                    && text.subSequence(last.start(), headingStart).toString().isBlank()) {
                marks.set(marks.size() - 1,
                        new Mark(last.start(), text.subSequence(headingStart, text.length()).toString().strip()));
            }
        }
    }

    void bodyTable(int start) {
        bodyTableStarts.add(start);
    }

    List<Integer> headingStarts() {
        return headingStarts;
    }

    List<Mark> pages() {
        return pages;
    }

    List<Mark> sheets() {
        return sheets;
    }

    List<Integer> slideStarts() {
        return slideStarts;
    }

    /** Tables directly in the body, not inside a page, sheet or slide. */
    List<Integer> bodyTableStarts() {
        return bodyTableStarts;
    }
}
