package org.dossier.engine.rerank;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.dossier.engine.LoopbackPolicy;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.Reranker;
import org.dossier.engine.internal.LoopbackHttp;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Re-ranking by a server on this machine that speaks llama-server's {@code POST /v1/rerank} (the Jina and Cohere
 * shape): {@code {"model", "query", "documents": [...], "top_n"}} in, {@code {"results": [{"index",
 * "relevance_score"}]}} out, best first. Results are put back in the documents' order by their index.
 */
public final class RerankClient implements Reranker, AutoCloseable {

    /** A search waits for its re-ranking: past this, it goes on with the fused order. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUrl;
    private final URI endpoint;
    private final @Nullable String apiKey;
    private final String model;
    private final Duration timeout;
    private final LoopbackHttp http;

    /**
     * @param baseUrlSetting the setting the URL came from, named when it is refused
     * @param baseUrl        up to and including {@code /v1}, on loopback
     * @param apiKey         sent as a bearer token when there is one
     * @param model          the reranker's name on the server (llama-server accepts any)
     */
    public RerankClient(String baseUrlSetting, URI baseUrl, @Nullable String apiKey, String model, Duration timeout) {
        LoopbackPolicy.requireLoopbackUri(baseUrlSetting, baseUrl);
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("no reranker model name for " + baseUrl
                    + " — set dossier.engine.reranker-model-name to a model the server has");
        }
        this.baseUrl = baseUrl;
        this.endpoint = LoopbackHttp.under(baseUrl, "rerank");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        this.model = model;
        this.timeout = timeout;
        this.http = new LoopbackHttp(baseUrlSetting, Duration.ofSeconds(2));
    }

    /** Ready as far as Dossier can tell without asking: a server it does not run says no only when asked. */
    @Override
    public ModelStatus status() {
        return new ModelStatus(ModelStatus.State.READY, "reranker " + model + " at " + baseUrl);
    }

    @Override
    public double[] rerank(String query, List<String> documents) {
        if (documents.isEmpty()) {
            return new double[0];
        }
        LoopbackHttp.Reply reply;
        try {
            reply = http.post(endpoint, apiKey, new RerankRequest(model, query, documents, documents.size()), timeout);
        } catch (IOException e) {
            throw new RerankException("re-ranking at " + endpoint + " failed: " + e + " — is the reranker running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RerankException("re-ranking at " + endpoint + " was interrupted");
        }
        if (!reply.ok()) {
            throw new RerankException(endpoint + " answered " + reply.status() + ": " + reply.quoted()
                    + " — check that the model is a reranker and the server was started with --reranking");
        }
        return inDocumentOrder(reply, documents.size());
    }

    @Override
    public void close() {
        http.close();
    }

    private double[] inDocumentOrder(LoopbackHttp.Reply reply, int count) {
        RerankResponse parsed;
        try {
            parsed = reply.json(RerankResponse.class);
        } catch (JacksonException e) {
            throw new RerankException(endpoint + " answered with something other than re-ranking results: "
                    + reply.quoted());
        }
        double[] scores = new double[count];
        Arrays.fill(scores, Double.NaN);
        for (RerankResult result : parsed.results() == null ? List.<RerankResult>of() : parsed.results()) {
            if (result.index() >= 0 && result.index() < count) {
                scores[result.index()] = result.relevanceScore();
            }
        }
        long scored = Arrays.stream(scores).filter(score -> !Double.isNaN(score)).count();
        if (scored != count) {
            throw new RerankException(endpoint + " scored " + scored + " of " + count + " passages");
        }
        return scores;
    }

    /** {@code top_n} asks for every document back: the caller wants a score for each, not the best few. */
    record RerankRequest(String model, String query, List<String> documents, @JsonProperty("top_n") int topN) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RerankResponse(List<RerankResult> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RerankResult(int index, @JsonProperty("relevance_score") double relevanceScore) {
    }
}
