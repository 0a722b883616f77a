package org.dossier.web.ui;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.dossier.assistant.Question;
import org.springframework.stereotype.Component;

/**
 * Questions the Ask page has posted and will fetch the answer of as an event stream. A browser's EventSource can
 * only GET, and no GET may start anything: so the page POSTs the question (with its CSRF token, from its own
 * origin), gets an unguessable id back, and the GET of {@code /ask/stream/{id}} claims the question once. An id
 * not claimed within a minute is forgotten.
 */
@Component
class PendingQuestions {

    static final Duration CLAIM_WITHIN = Duration.ofMinutes(1);

    private record Pending(Question question, Instant postedAt) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    PendingQuestions() {
        this(Clock.systemUTC());
    }

    PendingQuestions(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the question and returns the id that claims it. */
    String post(Question question) {
        forgetExpired();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        pending.put(id, new Pending(question, clock.instant()));
        return id;
    }

    /** The question posted under this id, once; empty if unknown, already claimed or expired. */
    Optional<Question> claim(String id) {
        forgetExpired();
        return Optional.ofNullable(pending.remove(id)).map(Pending::question);
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(CLAIM_WITHIN);
        pending.values().removeIf(posted -> posted.postedAt().isBefore(oldest));
    }
}
