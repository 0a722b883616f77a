package org.dossier.web.shell;

import java.util.List;

import org.dossier.assistant.Citation;
import org.dossier.assistant.UserInputException;
import org.springframework.stereotype.Component;

/**
 * The passages of the last answer or search in this shell, so that {@code show 2} and {@code open 2} can refer to
 * them by the number the user saw. Commands run through the server for a one-shot client leave them alone.
 */
@Component
final class LastPassages {

    private volatile List<Citation> passages = List.of();

    void remember(List<Citation> citations) {
        if (!RemoteClient.isRunning()) {
            passages = List.copyOf(citations);
        }
    }

    /** The passage numbered {@code number} ([n] in an answer, the n-th result of a search). */
    Citation numbered(int number) {
        List<Citation> current = passages;
        if (current.isEmpty()) {
            throw new UserInputException("no passages yet — ask a question or search first");
        }
        return current.stream().filter(citation -> citation.number() == number).findFirst()
                .orElseThrow(() -> new UserInputException("no passage " + number + " — the last answer or search has "
                        + current.stream().map(c -> "[" + c.number() + "]").reduce((a, b) -> a + " " + b).orElse("")));
    }
}
