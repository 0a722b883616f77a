package org.dossier.web.ui;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dossier.assistant.Answer;
import org.dossier.assistant.Ask;
import org.dossier.assistant.AskFilter;
import org.dossier.assistant.Citation;
import org.dossier.assistant.Conversation;
import org.dossier.assistant.ConversationStore;
import org.dossier.assistant.NoSuchConversationException;
import org.dossier.assistant.Question;
import org.dossier.assistant.Turn;
import org.dossier.assistant.UserInputException;
import org.dossier.web.ask.AskFilterForm;
import org.dossier.web.status.StatusService;
import org.dossier.web.stream.AnswerEventFormat;
import org.dossier.web.stream.AnswerEvents;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The Ask page. Works without JavaScript: the form POSTs the question to {@code /ask}, which renders the page with
 * the answer (or, through htmx, the answer section alone). With JavaScript the answer is streamed (see
 * {@code ask-stream.js}): the page POSTs the question to {@code /ask/stream}, gets an id, and reads the answer's
 * events from {@code GET /ask/stream/{id}}: the model's text appears as it is written, then the checked answer,
 * rendered by the same fragment as without JavaScript, takes its place. No GET asks anything: {@code /?q=…} only
 * fills in the question, {@code /?conversation=<id>} shows a conversation to continue.
 */
@Controller
record AskController(Ask asking, ConversationStore store, StatusService status,
                     SnippetHtml snippetHtml, AnswerEvents answerEvents, FragmentHtml fragments) {

    static final String NO_SUCH_CONVERSATION = "That conversation no longer exists (it may have been deleted) — "
            + "ask to start a new one, or pick one on the Conversations page.";
    static final String STREAM_GONE = "This answer was already fetched or is too old — ask again.";

    /** The page; reads only. */
    @GetMapping("/")
    String page(@RequestParam(name = "q", required = false) String question,
                @RequestParam(name = "conversation", required = false) Long conversation,
                @ModelAttribute("filters") AskFilterForm filters, Model model) {
        model.addAttribute("q", question == null ? "" : question);
        model.addAttribute("snippets", snippetHtml);
        try {
            if (conversation != null) {
                Conversation shown = store.get(conversation);
                model.addAttribute("conversation", shown);
                model.addAttribute("earlier", shown.turns());
            }
        } catch (NoSuchConversationException e) {
            model.addAttribute("problem", NO_SUCH_CONVERSATION);
        }
        return wholePage(model, conversation);
    }

    /**
     * Asks (a new conversation, or the one given) and shows the answer: the whole page, or for htmx its section.
     * {@code force} (the "Ask the model anyway" button under a refusal) asks the model whatever the evidence.
     */
    @PostMapping("/ask")
    String ask(@RequestParam(name = "q", defaultValue = "") String question,
               @RequestParam(name = "conversation", required = false) Long conversation,
               @RequestParam(name = "force", defaultValue = "false") boolean force,
               @ModelAttribute("filters") AskFilterForm filters,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
               HttpServletResponse response) {
        model.addAttribute("q", question);
        model.addAttribute("snippets", snippetHtml);
        try {
            Question asked = new Question(question, conversation, force, filters.filter());
            Answer answer = asking.ask(asked);
            model.addAllAttributes(answerSection(answer, asked.filter()));
            // the address to come back to is the conversation, which a GET shows without asking again
            response.setHeader("HX-Push-Url", "/?conversation=" + answer.conversationId());
            // the list beside the answer reloads itself (a GET), once the new conversation's id is on the page
            response.setHeader("HX-Trigger-After-Settle", "conversations-changed");
            conversation = answer.conversationId();
        } catch (NoSuchConversationException e) {
            model.addAttribute("problem", NO_SUCH_CONVERSATION);
        } catch (UserInputException e) {
            model.addAttribute("problem", e.getMessage());
        }
        if (htmx != null) {
            return "ask :: answer";
        }
        return wholePage(model, conversation);
    }

    /** What the whole page shows besides the answer: the conversations beside it, and how much is indexed. */
    private String wholePage(Model model, Long current) {
        model.addAttribute("conversations", store.list());
        model.addAttribute("currentId", current);
        model.addAttribute("counts", status.status().counts());
        return "ask";
    }

    /** Keeps the question for the page's event stream, and says where to read it. */
    @PostMapping(path = "/ask/stream", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> postForStream(@RequestParam(name = "q", defaultValue = "") String question,
                                    @RequestParam(name = "conversation", required = false) Long conversation,
                                    @ModelAttribute AskFilterForm filters) {
        try {
            String id = answerEvents.post(new Question(question, conversation, false, filters.filter()));
            return ResponseEntity.ok(Map.of("stream", "/ask/stream/" + id));
        } catch (UserInputException e) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    e.getMessage()));
        }
    }

    /**
     * The answer to a posted question as server-sent events: {@code passages} and {@code done} are HTML fragments
     * (the sources being read; the whole answer section as the page shows it), {@code token} and {@code error}
     * JSON (an unknown conversation is an {@code error} event, which the page shows).
     */
    @GetMapping(path = "/ask/stream/{id}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        Question question = answerEvents.claim(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, STREAM_GONE));
        FragmentHtml.Renderer html = fragments.forRequest(request, response);
        return answerEvents.ask(question, new AnswerEventFormat() {
            @Override
            public Object passages(List<Citation> passages) {
                return html.render("answer-stream", "passages", Map.of("passages", passages));
            }

            @Override
            public Object done(Answer answer) {
                return html.render("ask", "answer", answerSection(answer, question.filter()));
            }
        });
    }

    /**
     * The model of the answer section as {@code ask :: answer} renders it after a question: the answer, the
     * conversation's earlier turns, and the filters it was drawn within.
     */
    private Map<String, Object> answerSection(Answer answer, AskFilter filter) {
        Conversation shown = store.get(answer.conversationId());
        return Map.of("snippets", snippetHtml, "answer", answer, "conversation", shown,
                "earlier", earlier(shown.turns(), true), "within", filter);
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
