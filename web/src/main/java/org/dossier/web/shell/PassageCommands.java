package org.dossier.web.shell;

import org.dossier.assistant.Citation;
import org.dossier.assistant.UserInputException;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code show <n>} and {@code open <n>}: a passage of the last answer or search, in context or in the viewer. */
@Component
public record PassageCommands(LastPassages last, PassageContext context, TextRenderer text, Environment environment,
                              Browser browser) {

    /** Characters of the neighbouring passages shown on each side. */
    private static final int CONTEXT_CHARS = 400;

    @Command(name = "show", group = "Dossier",
            description = "Show passage n of the last answer or search with the text around it, its place and SHA-256.")
    public String show(@Argument(index = 0, description = "the passage's number, as in [2]") String number) {
        Citation citation = last.numbered(number(number));
        PassageContext.Surrounding around = context.around(citation);
        StringBuilder out = new StringBuilder()
                .append('[').append(citation.number()).append("] ").append(citation.label()).append('\n')
                .append("File:    ").append(citation.path()).append('\n')
                .append("SHA-256: ").append(citation.sha256()).append('\n')
                .append("Place:   characters ").append(citation.start()).append('–').append(citation.end())
                .append(" of the document's extracted text\n\n");
        if (around.before() != null) {
            out.append('…').append(tail(around.before())).append("\n\n");
        }
        out.append(text.emphasised(citation.passage().strip())).append('\n');
        if (around.after() != null) {
            out.append('\n').append(head(around.after())).append('…');
        }
        return out.toString().stripTrailing();
    }

    @Command(name = "open", group = "Dossier",
            description = "Print the address of passage n of the last answer or search in the web viewer, and open it on a desktop.")
    public String open(@Argument(index = 0, description = "the passage's number, as in [2]") String number) {
        Citation citation = last.numbered(number(number));
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String address = "http://127.0.0.1:%s/documents/%d#passage-%d-%d".formatted(port, citation.documentId(),
                citation.start(), citation.end());
        browser.open(java.net.URI.create(address));
        return address;
    }

    private static int number(String number) {
        try {
            return Integer.parseInt(number == null ? "" : number.strip().replaceAll("^\\[|]$", ""));
        } catch (NumberFormatException e) {
            throw new UserInputException("which passage? give its number, e.g. show 1");
        }
    }

    private static String tail(String passage) {
        String text = passage.strip();
        return text.length() <= CONTEXT_CHARS ? text : text.substring(text.length() - CONTEXT_CHARS);
    }

    private static String head(String passage) {
        String text = passage.strip();
        return text.length() <= CONTEXT_CHARS ? text : text.substring(0, CONTEXT_CHARS);
    }
}
