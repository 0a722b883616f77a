package org.dossier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;

/**
 * Wrong input to a page or the API is a 4xx with a one-line reason — a problem detail in the API, a sentence on
 * the page — never a 500 with a stack trace.
 */
class BadInputTest extends SampleDocsServerTest {

    @Test
    void aSearchOfMoreWordsThanLuceneTakesInOneQueryStillAnswers() {
        // 1,100 distinct words of two letters (Lucene takes 1,024 clauses), within the 4,000 characters read
        String words = IntStream.range(360, 1460).mapToObj(i -> Integer.toString(i, 36))
                .collect(Collectors.joining(" "));

        HttpResponse<String> response = get("/api/search?q=" + query(words + " dredging"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void anOverlongQuestionIsA400ThatSaysHowLongItMayBe() {
        HttpResponse<String> api = post("/api/ask", Map.of("q", "harbour ".repeat(600)));
        HttpResponse<String> page = client().submitForm("/", "/ask", Map.of("q", "harbour ".repeat(600)));

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("at most 4000 are read");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("at most 4000 are read");
    }

    @Test
    void aMalformedIdIsA400WithTheReason() {
        HttpResponse<String> api = get("/api/conversations/abc");
        HttpResponse<String> huge = get("/api/conversations/99999999999999999999");
        HttpResponse<String> page = client().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url("/?conversation=abc"))).header("Accept", "text/html").build());
        HttpResponse<String> asked = post("/api/ask", Map.of("q", "harbour", "conversation", "abc"));

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"detail\"").contains("abc");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<p class=\"notice problem\" id=\"reason\"").doesNotContain("Exception");
        assertThat(asked.statusCode()).isEqualTo(400);
    }

    @Test
    void aStreamThatWasNeverPostedIsA404() {
        HttpResponse<String> response = get("/ask/stream/0123456789abcdef0123456789abcdef");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("already fetched or is too old");
    }

    @Test
    void aQuestionSentAsJsonInsteadOfAFormIsA400() {
        HttpResponse<String> response = client().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url("/api/ask")))
                .header("Authorization", "Bearer " + client().apiToken())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"q\":\"harbour\"}")).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("the question is empty");
    }

    @Test
    void noPathLeadsOutOfTheStaticFolders() {
        for (String path : new String[] {"/css/..%2f..%2fapplication.yml", "/css/%2e%2e/%2e%2e/application.yml",
                "/js/..%2ftemplates%2fask.html", "/webjars/htmx.org/2.0.4/dist/..%2f..%2f..%2f..%2fMETA-INF/MANIFEST.MF",
                "/templates/ask.html", "/application.yml", "/css/../../application.yml", "/%2e%2e/application.yml",
                "/css/..;/..;/application.yml"}) {
            RawHttp.Response response = RawHttp.get(port, path, "Host: 127.0.0.1:" + port);

            assertThat(response.status()).as(path).isBetween(400, 404);
            assertThat(response.body()).as(path).doesNotContain("dossier:").doesNotContain("th:fragment")
                    .doesNotContain("Manifest-Version");
        }
    }

    @Test
    void noConsoleOrManagementEndpointIsServed() {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/env", "/h2-console",
                "/h2-console/login.do", "/error/trace", "/jolokia"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(classPresent("org.springframework.boot.devtools.RemoteSpringApplication")).isFalse();
        assertThat(classPresent("org.springframework.boot.actuate.endpoint.annotation.Endpoint")).isFalse();
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
