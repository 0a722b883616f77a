package org.dossier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.dossier.web.DossierClient;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;

/**
 * Every response — page, API, static file, error, refusal — carries the headers that keep a hostile page from
 * framing Dossier (click-jacking the Remove buttons), running script in it, sniffing a type, reading it as a
 * resource, or finding a passage in a cache or a Referer. The pages hold no inline script or style, which the
 * policy would block.
 */
class SecurityHeadersTest extends SampleDocsServerTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
        for (String path : List.of("/", "/library", "/conversations", "/api/status", "/api/search?q=harbour",
                "/api/conversations", "/css/dossier.css", "/js/ask-stream.js", "/js/library.js",
                "/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/no/such/page", "/api/conversations/abc",
                "/search?q=harbour", "/search?q=" + query("a AND"), "/search.csv?q=harbour", "/js/viewer.js",
                "/documents/1", "/documents/999999999", "/documents/abc", "/documents/999999999/original", "/status")) {
            responses.put("GET " + path, get(path));
        }
        responses.put("POST /ask", client().submitForm("/", "/ask", Map.of("q", "harbour")));
        responses.put("POST /api/ask", post("/api/ask", Map.of("q", "harbour")));
        HttpResponse<String> posted = client().submitForm("/", "/ask/stream", Map.of("q", "harbour"));
        responses.put("POST /ask/stream", posted);
        String address = posted.body().replaceAll(".*\"stream\":\"([^\"]+)\".*", "$1");
        responses.put("GET /ask/stream/{id}", client().get(address));
        responses.put("refused POST", client().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url("/api/ask"))).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()));

        responses.forEach((what, response) -> {
            HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValue(CSP);
            assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
            assertThat(headers.firstValue("Cross-Origin-Resource-Policy")).as(what).hasValue("same-origin");
        });
        assertThat(responses.get("refused POST").statusCode()).isEqualTo(403);
    }

    @Test
    void pagesAndApiAnswersAreNeverStored() {
        for (String path : List.of("/", "/library", "/conversations", "/api/status", "/api/search?q=harbour",
                "/search?q=harbour", "/search.csv?q=harbour", "/documents/1", "/status")) {
            assertThat(get(path).headers().firstValue("Cache-Control")).as(path)
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
    }

    @Test
    void theSessionTravelsInAStrictHttpOnlyCookieAndNeverInAnAddress() {
        HttpResponse<String> page;
        try (DossierClient freshBrowser = new DossierClient(port, dataDir())) {
            page = freshBrowser.get("/library");
        }
        RawHttp.Response withSessionInPath = RawHttp.get(port, "/library;jsessionid=0123456789ABCDEF",
                "Host: 127.0.0.1:" + port);

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("DOSSIER_SESSION=").contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");
        assertThat(withSessionInPath.status()).isEqualTo(400);
    }

    @Test
    void pagesHoldNoInlineScriptStyleOrEventHandler() {
        List<String> pages = List.of(get("/").body(), get("/library").body(), get("/conversations").body(),
                get("/conversations/list").body(), get("/status/model-sha256").body(),
                get("/?folder=mail/&sender=" + query("Ayşe")).body(),
                get("/search?q=harbour&f=" + query("type:message/rfc822")).body(), get("/documents/1").body(), get("/status").body(),
                client().submitForm("/", "/ask", Map.of("q", "Who signed the dredging contract?")).body(),
                client().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/no/such/page")))
                        .header("Accept", "text/html").build()).body());
        // inside tags only: a document's text may well say "on=" or "style=", escaped, and that is no markup
        Pattern tag = Pattern.compile("<[a-zA-Z][^>]*>");
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern inlineStyle = Pattern.compile("^<style|\\sstyle=", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

        for (String html : pages) {
            List<String> tags = tag.matcher(html).results().map(MatchResult::group).toList();
            assertThat(tags).isNotEmpty().noneMatch(t -> inlineScript.matcher(t).find())
                    .noneMatch(t -> inlineStyle.matcher(t).find()).noneMatch(t -> handler.matcher(t).find())
                    .noneMatch(t -> t.contains("javascript:"));
        }
    }
}
