package org.dossier.web.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.dossier.assistant.Question;
import org.junit.jupiter.api.Test;

/** A question the Ask page posted for its event stream ({@link AnswerEvents}) can be read once, by its unguessable id, within a minute — and never again. */
class PendingQuestionsTest {

    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    // the pending questions need no answering: no Ask behind them
    private final AnswerEvents pending = new AnswerEvents(null, new OpenStreams(), new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aPostedQuestionIsClaimedOnceOnly() {
        String id = pending.post(Question.of("Who signed the contract?"));

        assertThat(id).hasSize(32);
        assertThat(pending.claim(id)).map(Question::text).contains("Who signed the contract?");
        assertThat(pending.claim(id)).isEmpty();
    }

    @Test
    void aQuestionNotClaimedWithinAMinuteIsForgotten() {
        String id = pending.post(Question.of("Who signed the contract?"));

        now = now.plus(AnswerEvents.CLAIM_WITHIN).plus(Duration.ofSeconds(1));

        assertThat(pending.claim(id)).isEmpty();
    }

    @Test
    void anIdThatWasNeverPostedClaimsNothing() {
        pending.post(Question.of("Who signed the contract?"));

        assertThat(pending.claim("0123456789abcdef0123456789abcdef")).isEmpty();
    }
}
