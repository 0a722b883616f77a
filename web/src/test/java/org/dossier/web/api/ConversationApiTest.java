package org.dossier.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ConversationApiTest extends SampleDocsServerTest {

    @Autowired
    private JsonMapper json;

    @Test
    void aQuestionStartsAConversationAndAFollowUpContinuesIt() {
        JsonNode first = ask(Map.of("q", "Who signed the dredging contract?"));
        long id = first.get("conversationId").asLong();

        JsonNode followUp = ask(Map.of("conversation", Long.toString(id), "q", "When was it?"));
        JsonNode conversation = json.readTree(get("/api/conversations/" + id).body());

        assertThat(first.get("standaloneQuestion").asString()).isEqualTo("Who signed the dredging contract?");
        assertThat(followUp.get("conversationId").asLong()).isEqualTo(id);
        assertThat(followUp.get("question").asString()).isEqualTo("When was it?");
        assertThat(followUp.get("standaloneQuestion").asString()).contains("dredging").contains("contract");
        assertThat(conversation.get("title").asString()).isEqualTo("Who signed the dredging contract?");
        assertThat(conversation.get("turns")).extracting(turn -> turn.get("question").asString())
                .containsExactly("Who signed the dredging contract?", "When was it?");
        assertThat(conversation.get("turns").get(0).get("citations").get(0).get("location").get("number")
                .asInt()).isEqualTo(3);
    }

    @Test
    void theListHasEachConversationWithItsNumberOfQuestions() {
        long id = ask(Map.of("q", "beneficial owner of Bluewater Holdings")).get("conversationId").asLong();

        JsonNode list = json.readTree(get("/api/conversations").body());

        assertThat(list).anySatisfy(c -> {
            assertThat(c.get("id").asLong()).isEqualTo(id);
            assertThat(c.get("turns").asInt()).isEqualTo(1);
        });
    }

    @Test
    void theExportIsAMarkdownDownloadWithEachSourcesSha256() {
        JsonNode answer = ask(Map.of("q", "Who signed the dredging contract?"));
        long id = answer.get("conversationId").asLong();

        HttpResponse<String> export = get("/api/conversations/" + id + "/export");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/markdown"));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains(".md"));
        assertThat(export.body()).contains("## 1. Who signed the dredging contract?")
                .contains("1. contracts/dredging-contract-PV-HD-2024-007.pdf, page 3")
                .contains("SHA-256: `" + answer.get("citations").get(0).get("sha256").asString() + "`")
                .contains("   > ");
        JsonNode cited = answer.get("citations").get(0);
        String viewer = "/documents/" + cited.get("documentId").asLong() + "?start=" + cited.get("start").asInt()
                + "&end=" + cited.get("end").asInt();
        assertThat(export.body()).contains("   Open in Dossier: <http://127.0.0.1:" + port + viewer + ">");
        assertThat(get(viewer).body()).contains("class=\"passage cited\"");
    }

    @Test
    void deleteRemovesTheConversationAndAnUnknownOneIsA404() {
        long id = ask(Map.of("q", "dredging contract")).get("conversationId").asLong();

        int deleted = delete("/api/conversations/" + id).statusCode();
        HttpResponse<String> after = get("/api/conversations/" + id);

        assertThat(deleted).isEqualTo(204);
        assertThat(after.statusCode()).isEqualTo(404);
        assertThat(json.readTree(after.body()).get("detail").asString()).isEqualTo(
                "no conversation " + id + " — list them with 'conversations list'");
        assertThat(delete("/api/conversations/" + id).statusCode()).isEqualTo(404);
        assertThat(post("/api/ask", Map.of("conversation", Long.toString(id), "q", "and then?")).statusCode())
                .isEqualTo(404);
    }

    private JsonNode ask(Map<String, String> form) {
        HttpResponse<String> response = post("/api/ask", form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
