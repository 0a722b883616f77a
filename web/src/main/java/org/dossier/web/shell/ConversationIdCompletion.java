package org.dossier.web.shell;

import java.util.List;

import org.dossier.assistant.ConversationStore;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

/** Tab after {@code conversations show|delete|export}: the stored conversations' ids, each with its title. */
@Component("conversationIds")
final class ConversationIdCompletion implements CompletionProvider {

    private final ConversationStore store;

    ConversationIdCompletion(ConversationStore store) {
        this.store = store;
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        String typed = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
        return store.list().stream()
                .map(conversation -> new CompletionProposal(String.valueOf(conversation.id()))
                        .description(conversation.title()))
                .filter(proposal -> proposal.value().startsWith(typed))
                .toList();
    }
}
