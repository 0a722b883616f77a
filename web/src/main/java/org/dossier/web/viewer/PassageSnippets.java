package org.dossier.web.viewer;

import java.util.List;

import org.dossier.indexer.SearchResults;
import org.springframework.web.util.HtmlUtils;

/**
 * A matched passage as HTML for a result list: clipped around its first match, every character escaped, the words
 * that matched in {@code <mark>}. Built here, escaped here: the template shows it as markup.
 */
public final class PassageSnippets {

    private static final int BEFORE = 120;
    private static final int LENGTH = 360;

    public String render(SearchResults.PassageMatch match) {
        String text = match.passage().text();
        int first = densest(match);
        int from = Math.max(0, Math.min(first - BEFORE, text.length() - LENGTH));
        int to = Math.min(text.length(), from + LENGTH);
        StringBuilder html = new StringBuilder(from > 0 ? "…" : "");
        int at = from;
        for (SearchResults.Mark mark : match.marks()) {
            if (mark.start() < at || mark.end() > to) {
                continue;
            }
            html.append(HtmlUtils.htmlEscape(text.substring(at, mark.start()))).append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(mark.start(), mark.end()))).append("</mark>");
            at = mark.end();
        }
        html.append(HtmlUtils.htmlEscape(text.substring(at, to)));
        return html.append(to < text.length() ? "…" : "").toString();
    }

    /** Where the window holds the most matched words: a phrase shows whole, not only its first word. */
    private static int densest(SearchResults.PassageMatch match) {
        List<SearchResults.Mark> marks = match.marks();
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < marks.size(); i++) {
            int count = 0;
            for (int j = i; j < marks.size() && marks.get(j).end() <= marks.get(i).start() + LENGTH - BEFORE; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                best = marks.get(i).start();
            }
        }
        return best;
    }
}
