package org.dossier.web.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.dossier.assistant.AnswerEvent;
import org.dossier.assistant.AnswerStream;
import org.dossier.assistant.Ask;
import org.dossier.assistant.NoSuchConversationException;
import org.dossier.assistant.Question;
import org.dossier.assistant.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
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
 *
 * <p>A question can also wait for its stream ({@link #post}, {@link #claim}): a browser's EventSource can only GET,
 * and no GET may start anything. So the Ask page POSTs the question (with its CSRF token, from its own origin), gets
 * an unguessable id back, and the GET of its stream claims the question once. An id not claimed within a minute is
 * forgotten.
 */
@Component
public class AnswerEvents {

    /** Longer than the longest answer the model may write (10 min); the stream normally ends with {@code done}. */
    private static final long STREAM_MILLIS = 11 * 60 * 1000L;
    static final Duration CLAIM_WITHIN = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(AnswerEvents.class);

    private record Pending(Question question, Instant postedAt) {
    }

    private final Ask asking;
    private final OpenStreams.Group<AnswerStream> open;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    @Autowired
    AnswerEvents(Ask asking, OpenStreams streams) {
        this(asking, streams, Clock.systemUTC());
    }

    AnswerEvents(Ask asking, OpenStreams streams, Clock clock) {
        this.asking = asking;
        this.open = streams.group(AnswerStream::cancel);
        this.clock = clock;
    }

    /** Keeps the question until its stream is opened, and returns the id that claims it. */
    public String post(Question question) {
        forgetExpired();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        pending.put(id, new Pending(question, clock.instant()));
        return id;
    }

    /** The question posted under this id, once; empty if unknown, already claimed or expired. */
    public Optional<Question> claim(String id) {
        forgetExpired();
        return Optional.ofNullable(pending.remove(id)).map(Pending::question);
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(CLAIM_WITHIN);
        pending.values().removeIf(posted -> posted.postedAt().isBefore(oldest));
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
