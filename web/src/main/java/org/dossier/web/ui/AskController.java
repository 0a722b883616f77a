package org.dossier.web.ui;

import java.util.List;

import org.dossier.assistant.answer.Answer;
import org.dossier.assistant.conversation.Conversation;
import org.dossier.assistant.conversation.ConversationService;
import org.dossier.assistant.conversation.ConversationStore;
import org.dossier.assistant.conversation.NoSuchConversationException;
import org.dossier.assistant.conversation.Turn;
import org.dossier.assistant.retrieve.Citation;
import org.dossier.assistant.status.StatusService;
import org.dossier.web.stream.AnswerEventFormat;
import org.dossier.web.stream.AnswerEvents;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The Ask page. Works without JavaScript (a plain form GET renders the whole page). With JavaScript the answer is
 * streamed ({@code /ask/stream}, see {@code ask-stream.js}): the model's text appears as it is written, then the
 * checked answer, rendered by the same fragment as without JavaScript, takes its place. The answer carries the
 * conversation's id in a hidden field of the form, so the next question on the page continues the conversation;
 * {@code /?conversation=<id>} resumes one.
 */
@Controller
class AskController {

    static final String NO_SUCH_CONVERSATION = "That conversation no longer exists (it may have been deleted) — "
            + "ask to start a new one, or pick one on the Conversations page.";

    private final ConversationService conversations;
    private final ConversationStore store;
    private final StatusService status;
    private final SnippetHtml snippetHtml;
    private final AnswerEvents answerEvents;

    AskController(ConversationService conversations, ConversationStore store, StatusService status,
                  SnippetHtml snippetHtml, AnswerEvents answerEvents) {
        this.conversations = conversations;
        this.store = store;
        this.status = status;
        this.snippetHtml = snippetHtml;
        this.answerEvents = answerEvents;
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

    /**
     * The answer as server-sent events for the page: {@code passages} and {@code done} are HTML fragments (the
     * sources being read; the whole answer section as the page shows it), {@code token} and {@code error} JSON
     * (an empty question or an unknown conversation is an {@code error} event, which the page shows).
     */
    @GetMapping(path = "/ask/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(name = "q", defaultValue = "") String question,
                      @RequestParam(name = "conversation", required = false) Long conversation) {
        return answerEvents.ask(conversation, question, new AnswerEventFormat() {
            @Override
            public Object passages(List<Citation> passages) {
                return new ModelAndView("answer-stream :: passages").addObject("passages", passages);
            }

            @Override
            public Object done(Answer answer) {
                return answerSection(answer);
            }
        });
    }

    /** The answer section as {@code ask :: answer} renders it after a question, for an answer given elsewhere. */
    private ModelAndView answerSection(Answer answer) {
        Conversation shown = store.get(answer.conversationId());
        return new ModelAndView("ask :: answer")
                .addObject("snippets", snippetHtml)
                .addObject("answer", answer)
                .addObject("conversation", shown)
                .addObject("earlier", earlier(shown.turns(), true));
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
