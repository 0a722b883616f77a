package org.dossier.indexer.internal.extract;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into plain text with paragraph breaks, and marks where its headings, pages, sheets and slides
 * begin ({@link SectionMarks}). In an Outlook .pst it also follows which folder the parse is in
 * ({@link PstFolderTrail}). A fresh handler serves one document only. Its text counts against the file's
 * {@link TextBudget}: text past it is dropped, the handler remembers that it was cut, and the parse is told to end.
 */
final class PagedTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr",
            "table", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> HIDDEN = Set.of("head", "script", "style");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final StringBuilder text = new StringBuilder();
    private final SectionMarks marks = new SectionMarks();
    private final PstFolderTrail pstFolders = new PstFolderTrail();
    private final TextBudget budget;
    private final boolean keepsText;
    private boolean cut;
    private int hiddenDepth;
    private int depth;
    private int bodyDepth = -1;

    PagedTextHandler(TextBudget budget) {
        this(budget, true);
    }

    private PagedTextHandler(TextBudget budget, boolean keepsText) {
        this.budget = budget;
        this.keepsText = keepsText;
    }

    /**
     * A handler that follows the .pst folders the parse is in and keeps nothing else: for a mailbox whose messages
     * are handed over as they are read, whose own text (its folder names and a line per message, which Tika writes
     * into it) would grow with the file and spend its characters.
     */
    static PagedTextHandler foldersOnly() {
        return new PagedTextHandler(new TextBudget(1), false);
    }

    /** The characters this document draws on: its file's, or in a streamed container its message's. */
    TextBudget budget() {
        return budget;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        pstFolders.startElement(name, attributes);
        if (!keepsText) {
            return;
        }
        depth++;
        if ("body".equals(name)) {
            bodyDepth = depth;
        }
        if (HIDDEN.contains(name)) {
            hiddenDepth++;
        } else if ("div".equals(name)) {
            String cssClass = attributes.getValue("class");
            if (!marks.startDiv(cssClass == null ? "" : cssClass, this::paragraphStart)) {
                breakLine();
            }
        } else if (HEADINGS.contains(name)) {
            marks.heading(paragraphStart());
        } else if ("table".equals(name) && depth == bodyDepth + 1) {
            marks.bodyTable(paragraphStart());
        } else if (BLOCKS.contains(name)) {
            breakLine();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        pstFolders.endElement(name);
        if (!keepsText) {
            return;
        }
        depth--;
        if (HIDDEN.contains(name)) {
            hiddenDepth--;
        } else if (HEADINGS.contains(name)) {
            marks.headingEnded(text);
            breakParagraph();
        } else if ("div".equals(name)) {
            marks.endDiv();
            breakParagraph();
        } else if (BLOCKS.contains(name)) {
            breakParagraph();
        } else if (CELLS.contains(name)) {
            appendBreak('\t');
        } else if ("br".equals(name)) {
            appendBreak('\n');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        pstFolders.characters(ch, start, length);
        if (hiddenDepth > 0 || !keepsText) {
            return;
        }
        // Layout whitespace between elements adds nothing once a line has ended: keep paragraphs one blank line apart.
        if (endsWithNewline() && isBlank(ch, start, length)) {
            return;
        }
        int kept = budget.take(length);
        text.append(ch, start, kept);
        if (kept < length) {
            cut = true;
            throw budget.reached();
        }
    }

    /** Whether text of this document was dropped for the file's limit. */
    boolean cut() {
        return cut;
    }

    private boolean endsWithNewline() {
        return !text.isEmpty() && text.charAt(text.length() - 1) == '\n';
    }

    private static boolean isBlank(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    String text() {
        return text.toString();
    }

    /** Where this document's headings, pages, sheets, slides and body tables begin in its text. */
    SectionMarks marks() {
        return marks;
    }

    private int paragraphStart() {
        breakParagraph();
        return text.length();
    }

    /** The .pst folders open at this point of the document, outermost first; {@code null} when none is. */
    @Nullable List<String> openPstFolders() {
        return pstFolders.current();
    }

    private void breakLine() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            appendBreak('\n');
        }
    }

    private void breakParagraph() {
        breakLine();
        if (text.length() >= 2 && text.charAt(text.length() - 2) != '\n') {
            appendBreak('\n');
        }
    }

    /**
     * Layout counts against the budget like text, but does not throw: parsers close their elements in finally
     * blocks, and the text that ended the parse has already said so.
     */
    private void appendBreak(char c) {
        if (budget.take(1) == 1) {
            text.append(c);
        } else {
            cut = true;
        }
    }
}
