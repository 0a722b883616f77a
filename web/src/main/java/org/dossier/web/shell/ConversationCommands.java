package org.dossier.web.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.assistant.ConversationStore;
import org.dossier.assistant.MarkdownExport;
import org.dossier.assistant.NoSuchConversationException;
import org.dossier.assistant.UserInputException;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code conversations list|show|delete|export}: the stored conversations, in the shell and in one-shot runs. A
 * conversation is continued with {@code ask --conversation <id>}.
 */
@Component
public record ConversationCommands(ConversationStore store, MarkdownExport markdown, TextRenderer text,
                                   JsonMapper json) {

    @Command(name = {"conversations", "list"}, group = "Conversations",
            description = "List the stored conversations, the most recently continued first.")
    public String list(@Option(longName = "json", description = "print JSON") boolean asJson) {
        var all = store.list();
        return asJson ? json.writeValueAsString(all) : text.conversations(all);
    }

    @Command(name = {"conversations", "show"}, group = "Conversations", completionProvider = "conversationIds",
            description = "Show a conversation's questions, answers and sources.")
    public String show(@Argument(index = 0, description = "the conversation's id") String id,
                       @Option(longName = "json", description = "print JSON") boolean asJson) {
        var conversation = store.get(id(id));
        return asJson ? json.writeValueAsString(conversation) : text.conversation(conversation);
    }

    @Command(name = {"conversations", "delete"}, group = "Conversations", completionProvider = "conversationIds",
            description = "Delete a conversation and everything asked in it.")
    public String delete(@Argument(index = 0, description = "the conversation's id") String id) {
        long number = id(id);
        if (!store.delete(number)) {
            throw new NoSuchConversationException(number);
        }
        return "Deleted conversation " + number + ".";
    }

    @Command(name = {"conversations", "export"}, group = "Conversations", completionProvider = "conversationIds",
            description = "Print a conversation as Markdown with its sources and their SHA-256, or write it to --file.")
    public String export(@Argument(index = 0, description = "the conversation's id") String id,
                         @Option(longName = "file", description = "write the Markdown to this file") String file) {
        String document = markdown.export(store.get(id(id)));
        if (file == null || file.isBlank()) {
            return document;
        }
        Path target = Path.of(file).toAbsolutePath().normalize();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new UserInputException("folder not found: " + target.getParent());
        }
        try {
            Files.writeString(target, document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + target + ": " + e.getMessage());
        }
        return "Wrote conversation " + id.strip() + " to " + target;
    }

    private static long id(String id) {
        if (id == null || id.isBlank()) {
            throw new UserInputException("which conversation? give its id, e.g. conversations show 3 "
                    + "(list them with 'conversations list')");
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("'" + id + "' is not a conversation id — ids are numbers, "
                    + "see 'conversations list'");
        }
    }
}
