package org.dossier.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into plain text with paragraph breaks, and remembers where each page starts (Tika wraps each
 * PDF page in {@code <div class="page">}) and where each heading starts (DOCX, ODT, HTML headings; a spreadsheet's
 * sheet names), and, in an Outlook .pst, which folder the parse is in ({@link PstFolderTrail}). A fresh handler
 * serves one document only.
 */
final class PagedTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr",
            "table", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> HIDDEN = Set.of("head", "script", "style");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();
    private final List<Integer> headingStarts = new ArrayList<>();
    private final PstFolderTrail pstFolders = new PstFolderTrail();
    private int hiddenDepth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        pstFolders.startElement(name, attributes);
        if (HIDDEN.contains(name)) {
            hiddenDepth++;
        } else if ("div".equals(name) && "page".equals(attributes.getValue("class"))) {
            breakParagraph();
            pageStarts.add(text.length());
        } else if (HEADINGS.contains(name)) {
            breakParagraph();
            headingStarts.add(text.length());
        } else if (BLOCKS.contains(name)) {
            breakLine();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        pstFolders.endElement(name);
        if (HIDDEN.contains(name)) {
            hiddenDepth--;
        } else if (BLOCKS.contains(name) || HEADINGS.contains(name)) {
            breakParagraph();
        } else if (CELLS.contains(name)) {
            text.append('\t');
        } else if ("br".equals(name)) {
            text.append('\n');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        pstFolders.characters(ch, start, length);
        if (hiddenDepth > 0) {
            return;
        }
        // Layout whitespace between elements adds nothing once a line has ended: keep paragraphs one blank line apart.
        if (endsWithNewline() && isBlank(ch, start, length)) {
            return;
        }
        text.append(ch, start, length);
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
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    String text() {
        return text.toString();
    }

    List<Integer> pageStarts() {
        return pageStarts;
    }

    List<Integer> headingStarts() {
        return headingStarts;
    }

    /** The .pst folders open at this point of the document, outermost first; {@code null} when none is. */
    @Nullable List<String> openPstFolders() {
        return pstFolders.current();
    }

    private void breakLine() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private void breakParagraph() {
        breakLine();
        if (text.length() >= 2 && text.charAt(text.length() - 2) != '\n') {
            text.append('\n');
        }
    }
}
