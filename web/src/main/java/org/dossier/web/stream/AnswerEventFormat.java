package org.dossier.web.stream;

import java.util.List;

import org.dossier.assistant.Answer;
import org.dossier.assistant.Citation;

/**
 * What the {@code passages} and {@code done} events of an answer stream carry: JSON for API clients, or a
 * page fragment as an HTML string, rendered by the page's own templates, for the browser. Tokens and
 * errors are JSON for both.
 */
public interface AnswerEventFormat {

    /** The citations and the answer as JSON, shaped as {@code /api/ask} returns them. */
    AnswerEventFormat JSON = new AnswerEventFormat() {
        @Override
        public Object passages(List<Citation> passages) {
            return passages;
        }

        @Override
        public Object done(Answer answer) {
            return answer;
        }
    };

    Object passages(List<Citation> passages);

    Object done(Answer answer);
}
