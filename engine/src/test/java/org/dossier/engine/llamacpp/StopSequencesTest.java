package org.dossier.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StopSequencesTest {

    @Test
    void textWithoutAStopSequencePassesThroughAtOnce() {
        StopSequences stops = new StopSequences(List.of("</answer>"));

        assertThat(stops.accept("The invoice")).isEqualTo("The invoice");
        assertThat(stops.accept(" is paid")).isEqualTo(" is paid");
        assertThat(stops.stopped()).isFalse();
    }

    @Test
    void aStopSequenceSplitOverPiecesIsHeldBackAndNeverShown() {
        StopSequences stops = new StopSequences(List.of("</answer>"));

        assertThat(stops.accept("paid.</an")).isEqualTo("paid.");
        assertThat(stops.accept("swer> and more")).isEmpty();
        assertThat(stops.stopped()).isTrue();
        assertThat(stops.accept("later text")).isEmpty();
    }

    @Test
    void heldBackTextIsReleasedWhenItTurnsOutNotToBeAStop() {
        StopSequences stops = new StopSequences(List.of("\n\nQuestion:"));

        assertThat(stops.accept("one\n")).isEqualTo("one");
        assertThat(stops.accept("\nQ")).isEmpty();
        assertThat(stops.accept("uite")).isEqualTo("\n\nQuite");
        assertThat(stops.stopped()).isFalse();
    }

    @Test
    void theEarliestOfSeveralStopSequencesWins() {
        StopSequences stops = new StopSequences(List.of("END", "##"));

        assertThat(stops.accept("a ## b END")).isEqualTo("a ");
    }

    @Test
    void whatIsStillHeldBackAtTheEndIsFlushed() {
        StopSequences stops = new StopSequences(List.of("</answer>"));

        assertThat(stops.accept("done </")).isEqualTo("done ");
        assertThat(stops.flush()).isEqualTo("</");
    }
}
