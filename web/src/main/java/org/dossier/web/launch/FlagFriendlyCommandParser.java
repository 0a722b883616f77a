package org.dossier.web.launch;

import java.util.regex.Pattern;

import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Spring Shell 4.0.1's parser takes the word after an option as its value, so {@code ask --json "a question"}
 * would read the question as the value of {@code --json}. Dossier's flags take no value: this parser writes each
 * one as {@code --flag=true} before handing the line to Spring Shell's parser. For a line typed in the interactive
 * shell; a one-shot command's arguments are written so by {@link CommandRun#commandLine}.
 */
final class FlagFriendlyCommandParser implements CommandParser {

    private static final Pattern BARE_FLAG = Pattern.compile("(?<=^|\\s)--(" + String.join("|", LaunchPlan.FLAGS)
            + ")(?=\\s|$)");

    private final CommandParser delegate;

    FlagFriendlyCommandParser(CommandParser delegate) {
        this.delegate = delegate;
    }

    @Override
    public ParsedInput parse(String input) {
        return delegate.parse(BARE_FLAG.matcher(input).replaceAll("--$1=true"));
    }
}
