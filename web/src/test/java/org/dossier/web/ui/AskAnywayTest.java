package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.web.ScriptedModelServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A question the documents are silent on: the model is not asked, the answer says why, and the user can ask it
 * anyway — with the page's button (a form posted with its CSRF token) or {@code force=true} in the API.
 */
class AskAnywayTest extends ScriptedModelServerTest {

    private static final String SILENT = "What is the capital of France and who governs it?";
    private static final Pattern ANYWAY_FORM = Pattern.compile(
            "<form class=\"ask-anyway\" method=\"post\" action=\"/ask\">(.*?)</form>", Pattern.DOTALL);

    @Autowired
    private JsonMapper json;

    @Test
    void thePageSaysWhyTheModelWasNotAskedAndItsButtonAsksItAnyway() {
        HttpResponse<String> refused = client().submitForm("/", "/ask", Map.of("q", SILENT));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("contain an answer to this question")
                .contains("Why: no passage among the best 3 mentions").contains("nearest:");
        Matcher anyway = ANYWAY_FORM.matcher(refused.body());
        assertThat(anyway.find()).as("the 'Ask the model anyway' form").isTrue();
        String form = anyway.group(1);
        assertThat(form).contains("name=\"_csrf\"").contains("name=\"force\" value=\"true\"")
                .contains("Ask the model anyway");

        HttpResponse<String> answered = client().submitForm("/", "/ask", Map.of("q", value(form, "q"),
                "conversation", value(form, "conversation"), "force", value(form, "force")));

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains(CHECKED).doesNotContain("Ask the model anyway");
    }

    @Test
    void theApiGivesTheReasonAndAsksTheModelWhenForced() {
        JsonNode refused = json.readTree(client().post("/api/ask", Map.of("q", SILENT)).body());
        JsonNode forced = json.readTree(client().post("/api/ask", Map.of("q", SILENT, "force", "true")).body());

        assertThat(refused.get("mode").asString()).isEqualTo("NOT_IN_DOCUMENTS");
        assertThat(refused.get("refusal").asString()).startsWith("no passage among the best 3 mentions “capital”");
        assertThat(forced.get("mode").asString()).isEqualTo("GENERATED");
        assertThat(forced.get("text").asString()).isEqualTo(CHECKED);
        assertThat(forced.get("refusal").asString()).isEmpty();
    }

    private static String value(String form, String name) {
        Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(form);
        assertThat(value.find()).as("hidden field " + name).isTrue();
        return value.group(1).replace("&#39;", "'").replace("&amp;", "&");
    }
}
