package org.dossier.web.stream;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.dossier.assistant.AnswerEvent;
import org.dossier.assistant.AnswerStream;
import org.dossier.assistant.Ask;
import org.dossier.assistant.NoSuchConversationException;
import org.dossier.assistant.Question;
import org.dossier.assistant.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Asks a question and sends the answer as server-sent events while it is made: {@code passages} (what the model
 * answers from), {@code token} after token (<code>{"text": …}</code>, raw), then {@code done} with the checked answer,
 * which is to replace the raw text; or {@code error} (a problem detail) if it fails. An answer that needs no model is
 * {@code done} alone. When the client goes away, the next event cannot be sent and the model is stopped; when
 * Dossier stops, the models still writing are stopped and each stream ends with what was written so far.
 */
@Component
public class AnswerEvents {

    /** Longer than the longest answer the model may write (10 min); the stream normally ends with {@code done}. */
    private static final long STREAM_MILLIS = 11 * 60 * 1000L;
    private static final Logger log = LoggerFactory.getLogger(AnswerEvents.class);

    private final Ask asking;
    private final OpenStreams.Group<AnswerStream> open;

    AnswerEvents(Ask asking, OpenStreams streams) {
        this.asking = asking;
        this.open = streams.group(AnswerStream::cancel);
    }

    /**
     * Starts answering and returns the stream at once; the answer is made on a thread of its own, like a request.
     *
     * @param question the question, and the conversation it continues
     */
    public SseEmitter ask(Question question, AnswerEventFormat format) {
        SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
        AnswerStream stream = new AnswerStream(event -> send(emitter, event, format));
        emitter.onError(error -> stream.cancel());
        emitter.onTimeout(stream::cancel);
        open.add(stream, emitter);
        Thread.ofVirtual().name("answer-stream").start(() -> answer(question, stream, emitter));
        return emitter;
    }

    private void answer(Question question, AnswerStream stream, SseEmitter emitter) {
        try {
            asking.ask(question, stream);
        } catch (NoSuchConversationException e) {
            fail(emitter, HttpStatus.NOT_FOUND, e.getMessage());
        } catch (UserInputException e) {
            fail(emitter, HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("an answer failed: {}", e.getMessage(), e);
            fail(emitter, HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage() == null ? "the answer failed" : e.getMessage());
        } finally {
            open.remove(stream);
            emitter.complete();
        }
    }

    /** Throws when the client is gone: the stream then stops the model. */
    private static void send(SseEmitter emitter, AnswerEvent event, AnswerEventFormat format) {
        SseEmitter.SseEventBuilder sse = switch (event) {
            case AnswerEvent.Passages passages -> data(SseEmitter.event().name("passages"),
                    format.passages(passages.passages()));
            case AnswerEvent.Token token -> data(SseEmitter.event().name("token"), token);
            case AnswerEvent.Done done -> data(SseEmitter.event().name("done"), format.done(done.answer()));
        };
        try {
            emitter.send(sse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SseEmitter.SseEventBuilder data(SseEmitter.SseEventBuilder event, Object data) {
        // HTML already rendered goes as text, split into data lines at every CR, LF or CRLF so that nothing in it
        // can end the event; anything else as JSON, where line breaks are escaped
        return data instanceof String html ? event.data(html) : event.data(data, MediaType.APPLICATION_JSON);
    }

    private static void fail(SseEmitter emitter, HttpStatus status, String message) {
        try {
            emitter.send(SseEmitter.event().name("error")
                    .data(ProblemDetail.forStatusAndDetail(status, message), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            log.debug("the client of a failed answer is gone: {}", e.toString());
        }
    }
}
