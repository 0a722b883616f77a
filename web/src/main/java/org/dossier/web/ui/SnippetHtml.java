package org.dossier.web.ui;

import org.dossier.assistant.Snippet;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Renders a snippet as HTML: the text escaped, matched words in {@code <mark>}. */
@Component
public class SnippetHtml {

    public String render(Snippet snippet) {
        StringBuilder html = new StringBuilder(snippet.clippedStart() ? "…" : "");
        int at = 0;
        for (Snippet.Highlight highlight : snippet.highlights()) {
            html.append(HtmlUtils.htmlEscape(snippet.text().substring(at, highlight.start())))
                    .append("<mark>")
                    .append(HtmlUtils.htmlEscape(snippet.text().substring(highlight.start(), highlight.end())))
                    .append("</mark>");
            at = highlight.end();
        }
        html.append(HtmlUtils.htmlEscape(snippet.text().substring(at)));
        return html.append(snippet.clippedEnd() ? "…" : "").toString();
    }
}
