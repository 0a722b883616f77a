package org.dossier.web.api;

import java.util.List;

import org.dossier.assistant.Answer;
import org.dossier.assistant.AnswerService;
import org.dossier.assistant.Ask;
import org.dossier.assistant.Citation;
import org.dossier.assistant.Question;
import org.dossier.indexer.SearchFilter;
import org.dossier.web.ask.AskFilterForm;
import org.dossier.web.status.Status;
import org.dossier.web.status.StatusService;
import org.dossier.web.stream.AnswerEventFormat;
import org.dossier.web.stream.AnswerEvents;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api")
class ApiController {

    private final AnswerService answers;
    private final Ask asking;
    private final StatusService status;
    private final AnswerEvents answerEvents;

    ApiController(AnswerService answers, Ask asking, StatusService status,
                  AnswerEvents answerEvents) {
        this.answers = answers;
        this.asking = asking;
        this.status = status;
        this.answerEvents = answerEvents;
    }

    /**
     * Stored as a turn: of the given conversation, or of a new one whose id the answer carries. A POST, as every
     * change is: with the API token ({@code curl -H "Authorization: Bearer $(cat ~/.dossier/api-token)" -d q=…}).
     * An answer the model was kept from says why in {@code refusal}; {@code force=true} asks the model anyway.
     * {@code folder}, {@code type}, {@code from}, {@code to} (days, {@code 2024-03-31}) and {@code sender} narrow what
     * the answer is drawn from, as on the Ask page.
     */
    @PostMapping("/ask")
    Answer ask(@RequestParam(name = "q", defaultValue = "") String question,
               @RequestParam(name = "conversation", required = false) Long conversation,
               @RequestParam(name = "force", defaultValue = "false") boolean force, @ModelAttribute AskFilterForm filters) {
        return asking.ask(new Question(question, conversation, force, filters.filter()));
    }

    /**
     * The same answer as server-sent events while it is made: {@code passages}, {@code token}s, then {@code done}
     * with the answer as {@code /ask} returns it (see {@link AnswerEvents}), within the same filters. An empty question
     * or a malformed filter is refused before the stream starts.
     */
    @PostMapping(path = "/ask/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter askStream(@RequestParam(name = "q", defaultValue = "") String question,
                         @RequestParam(name = "conversation", required = false) Long conversation,
                         @RequestParam(name = "force", defaultValue = "false") boolean force,
                         @ModelAttribute AskFilterForm filters) {
        return answerEvents.ask(new Question(question, conversation, force, filters.filter()), AnswerEventFormat.JSON);
    }

    /**
     * Words, narrowed to a folder or file, a media type, or mail from a sender, to a recipient or in a thread; with a
     * filter the words may be empty.
     */
    @GetMapping("/search")
    List<Citation> search(@RequestParam(name = "q", defaultValue = "") String words,
                          @RequestParam(name = "sender", required = false) String sender,
                          @RequestParam(name = "recipient", required = false) String recipient,
                          @RequestParam(name = "thread", required = false) String thread,
                          @RequestParam(name = "path", required = false) String path,
                          @RequestParam(name = "type", required = false) String type) {
        return answers.search(words, SearchFilter.NONE.withSender(sender).withRecipient(recipient).withThread(thread)
                .withPath(path).withMediaType(type));
    }

    @GetMapping("/status")
    Status status() {
        return status.status();
    }
}
