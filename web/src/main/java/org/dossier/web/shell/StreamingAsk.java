package org.dossier.web.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

import org.dossier.assistant.Answer;
import org.dossier.assistant.AnswerEvent;
import org.dossier.assistant.AnswerStream;
import org.dossier.assistant.Ask;
import org.dossier.assistant.Citation;
import org.dossier.assistant.Question;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/**
 * {@code ask} on a terminal: the answer is printed as the model writes it, then what the check changed (the checked
 * text, when it removed a citation or marked a quotation) and the citations. Ctrl-C while the model writes stops
 * the model, not Dossier; what was written so far is then checked and shown like any other answer.
 */
final class StreamingAsk {

    private final Ask asking;
    private final TextRenderer text;
    private final @Nullable Terminal terminal;

    StreamingAsk(Ask asking, TextRenderer text, @Nullable Terminal terminal) {
        this.asking = asking;
        this.text = text;
        this.terminal = terminal;
    }

    /** Prints the answer's text to {@code out} as it comes and returns what is left to print. */
    String ask(Question question, PrintWriter out, Consumer<List<Citation>> cited) {
        StringBuilder streamed = new StringBuilder();
        AnswerStream stream = new AnswerStream(event -> {
            if (event instanceof AnswerEvent.Token token) {
                out.print(token.text());
                out.flush();
                streamed.append(token.text());
            }
        });
        Answer answer;
        try (CtrlC ignored = CtrlC.stops(terminal, stream::cancel)) {
            answer = asking.ask(question, stream);
        }
        cited.accept(answer.citations());
        if (streamed.isEmpty()) {
            return text.answer(answer); // no model wrote: the answer is whole, as without a terminal
        }
        out.println();
        return text.afterStreaming(answer);
    }
}
