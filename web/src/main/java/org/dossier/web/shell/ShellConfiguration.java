package org.dossier.web.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.shell.jline.PromptProvider;

/** The interactive shell's face: its prompt and what Tab completes beyond command and option names. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    /** Bold on a terminal; JLine drops the style by itself where the terminal cannot show it. */
    @Bean
    PromptProvider dossierPrompt() {
        return () -> new AttributedString("dossier> ", AttributedStyle.BOLD);
    }

    /** Folders for {@code index} and {@code sources add} (named in their {@code @Command}). */
    @Bean
    FileNameCompletionProvider folderCompletion() {
        return new FileNameCompletionProvider();
    }
}
