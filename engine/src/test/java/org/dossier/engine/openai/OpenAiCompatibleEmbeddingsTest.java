package org.dossier.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.dossier.engine.server.StandInLlamaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleEmbeddingsTest {

    private static StandInLlamaServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new StandInLlamaServer("127.0.0.1", 0, null, 0, false);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void embedsManyTextsInBatchesKeepingTheirOrder() {
        var embeddings = new OpenAiCompatibleEmbeddings(OpenAiCompatibleChatEngineTest.settingsFor(server.port()), 2);
        List<String> texts = List.of("a", "bb", "ccc", "dddd", "eeeee");

        List<float[]> vectors = embeddings.embed(texts);

        assertThat(vectors).hasSize(5);
        for (int i = 0; i < texts.size(); i++) {
            // The stand-in puts each text's length last, so a vector shows which text it belongs to.
            assertThat(vectors.get(i)[3]).isEqualTo(texts.get(i).length());
        }
        assertThat(embeddings.embed(List.of("ccc")).getFirst()).containsExactly(vectors.get(2));
    }

    @Test
    void learnsTheVectorSizeFromTheServerAndNamesTheModel() {
        var embeddings = new OpenAiCompatibleEmbeddings(OpenAiCompatibleChatEngineTest.settingsFor(server.port()));

        assertThat(embeddings.dimensions()).isEqualTo(4);
        assertThat(embeddings.modelId()).isEqualTo("openai-compatible:stand-in");
    }

    @Test
    void aServerThatDoesNotAnswerIsAnErrorSayingWhereAndWhatToCheck() throws Exception {
        int nobodyListens = OpenAiCompatibleChatEngineTest.unusedPort();
        try (var embeddings = new OpenAiCompatibleEmbeddings(OpenAiCompatibleChatEngineTest.settingsFor(nobodyListens))) {
            assertThatThrownBy(() -> embeddings.embed(List.of("a")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("http://127.0.0.1:" + nobodyListens + "/v1/embeddings")
                    .hasMessageContaining("is the server running?");
        }
    }
}
