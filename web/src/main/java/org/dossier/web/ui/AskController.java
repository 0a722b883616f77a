package org.dossier.web.ui;

import java.util.List;

import org.dossier.assistant.answer.Answer;
import org.dossier.assistant.conversation.Conversation;
import org.dossier.assistant.conversation.ConversationService;
import org.dossier.assistant.conversation.ConversationStore;
import org.dossier.assistant.conversation.NoSuchConversationException;
import org.dossier.assistant.conversation.Turn;
import org.dossier.assistant.status.StatusService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Ask page. Works without JavaScript (a plain form GET renders the whole page); with htmx the answer alone is
 * fetched and swapped in. The answer carries the conversation's id in a hidden field of the form, so the next
 * question on the page continues the conversation; {@code /?conversation=<id>} resumes one.
 */
@Controller
class AskController {

    static final String NO_SUCH_CONVERSATION = "That conversation no longer exists (it may have been deleted) — "
            + "ask to start a new one, or pick one on the Conversations page.";

    private final ConversationService conversations;
    private final ConversationStore store;
    private final StatusService status;
    private final SnippetHtml snippetHtml;

    AskController(ConversationService conversations, ConversationStore store, StatusService status,
                  SnippetHtml snippetHtml) {
        this.conversations = conversations;
        this.store = store;
        this.status = status;
        this.snippetHtml = snippetHtml;
    }

    @GetMapping("/")
    String ask(@RequestParam(name = "q", required = false) String question,
               @RequestParam(name = "conversation", required = false) Long conversation,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", question == null ? "" : question);
        model.addAttribute("snippets", snippetHtml);
        try {
            Long current = conversation;
            if (question != null && !question.isBlank()) {
                Answer answer = conversations.ask(conversation, question);
                model.addAttribute("answer", answer);
                current = answer.conversationId();
            }
            if (current != null) {
                Conversation shown = store.get(current);
                model.addAttribute("conversation", shown);
                model.addAttribute("earlier", earlier(shown.turns(), model.containsAttribute("answer")));
            }
        } catch (NoSuchConversationException e) {
            model.addAttribute("problem", NO_SUCH_CONVERSATION);
        }
        if (htmx != null) {
            return "ask :: answer";
        }
        model.addAttribute("counts", status.status().counts());
        return "ask";
    }

    /** The turns shown above the answer: all of them, less the one just answered, which is shown in full. */
    private static List<Turn> earlier(List<Turn> turns, boolean justAnswered) {
        return justAnswered && !turns.isEmpty() ? turns.subList(0, turns.size() - 1) : turns;
    }

    @GetMapping("/library")
    String library(Model model) {
        model.addAttribute("status", status.status());
        return "library";
    }
}
