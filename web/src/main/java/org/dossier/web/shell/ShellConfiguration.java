package org.dossier.web.shell;

import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.shell.jline.JLineInputProvider;
import org.springframework.shell.jline.PromptProvider;

/** The interactive shell's face: its prompt and what Tab completes beyond command and option names. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    /** Bold on a terminal; JLine drops the style by itself where the terminal cannot show it. */
    @Bean
    PromptProvider dossierPrompt() {
        return () -> new AttributedString("dossier> ", AttributedStyle.BOLD);
    }

    /**
     * Spring Shell ends the shell when Ctrl-C is pressed at the prompt; Dossier's shell clears the line instead, as
     * a terminal's shell does, so that a Ctrl-C meant for a command that has just finished does not end Dossier.
     * {@code exit} or Ctrl-D end it.
     */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "dossier.mode", havingValue = "interactive")
    JLineInputProvider dossierInput(LineReader reader, PromptProvider prompt) {
        JLineInputProvider input = new JLineInputProvider(reader) {
            @Override
            public String readInput() {
                try {
                    return super.readInput();
                } catch (UserInterruptException ctrlC) {
                    return "";
                }
            }
        };
        input.setPromptProvider(prompt);
        return input;
    }

    /**
     * Ctrl-C while no command says what it stops (a search, doctor) is ignored rather than ending the JVM: the
     * prompt and the commands that can be stopped ({@link CtrlC}) install their own handling while they run.
     */
    @Bean
    TerminalCustomizer ctrlCNeverEndsDossier() {
        return terminal -> terminal.signalHandler(Terminal.SignalHandler.SIG_IGN);
    }

    /** Folders for {@code index} and {@code sources add} (named in their {@code @Command}). */
    @Bean
    FileNameCompletionProvider folderCompletion() {
        return new FileNameCompletionProvider();
    }
}
