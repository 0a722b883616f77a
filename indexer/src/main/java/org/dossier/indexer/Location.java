package org.dossier.indexer;

import org.jspecify.annotations.Nullable;

/**
 * Where in a document a passage is, in the terms its reader uses: a page of a PDF, a slide of a presentation, a
 * sheet of a spreadsheet. A citation names it ("page 3", "slide 2", "sheet “Budget”").
 *
 * @param number 1-based, in the order the document holds them
 * @param name   a sheet's name, when the format gives one; {@code null} otherwise
 */
public record Location(Kind kind, int number, @Nullable String name) {

    public enum Kind { PAGE, SLIDE, SHEET }

    public Location {
        if (number < 1) {
            throw new IllegalArgumentException(kind + " numbers start at 1, not " + number);
        }
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public static Location page(int number) {
        return new Location(Kind.PAGE, number, null);
    }

    public static Location slide(int number) {
        return new Location(Kind.SLIDE, number, null);
    }

    public static Location sheet(int number, @Nullable String name) {
        return new Location(Kind.SHEET, number, name);
    }

    /** How a citation names it: {@code page 3}, {@code slide 2}, {@code sheet “Budget”} (or {@code sheet 2}). */
    public String label() {
        return switch (kind) {
            case PAGE -> "page " + number;
            case SLIDE -> "slide " + number;
            case SHEET -> name == null ? "sheet " + number : "sheet “" + name + "”";
        };
    }
}
