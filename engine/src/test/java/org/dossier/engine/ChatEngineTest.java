package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What every chat engine offers, whatever runs it: here, counting the tokens of several texts at once. */
class ChatEngineTest {

    @Test
    void countsSeveralTextsInOrderAsOneByOneWhenTheRuntimeHasNothingFaster() {
        ChatEngine engine = new UnconfiguredChatEngine();
        List<String> texts = Arrays.asList("three little words", "", null, "a, b; c.");

        int[] counts = engine.countTokens(texts);

        assertThat(counts).containsExactly(engine.countTokens("three little words"), 0, 0,
                engine.countTokens("a, b; c."));
        assertThat(counts[0]).isEqualTo(TokenEstimate.conservative("three little words"));
        assertThat(engine.countTokens(List.of())).isEmpty();
    }

    @Test
    void anEngineSizedByConfigurationPassesABatchToItsRuntimeWhole() throws Exception {
        // given a runtime that says how it was asked
        List<List<String>> batches = new ArrayList<>();
        ChatEngine runtime = new ChatEngine() {
            @Override
            public ModelStatus status() {
                return new ModelStatus(ModelStatus.State.READY, "a runtime that counts characters");
            }

            @Override
            public int[] countTokens(List<String> texts) {
                batches.add(texts);
                return texts.stream().mapToInt(String::length).toArray();
            }
        };
        try (var sized = new ContextSizedChatEngine(runtime, 4096, ContextProbe.NONE)) {
            // when
            int[] counts = sized.countTokens(List.of("ab", "cde"));

            // then
            assertThat(counts).containsExactly(2, 3);
            assertThat(batches).containsExactly(List.of("ab", "cde"));
        }
    }
}
