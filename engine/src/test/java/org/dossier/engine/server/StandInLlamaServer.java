package org.dossier.engine.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for llama.cpp's llama-server, JDK only, so tests run it as a real child process (java's single-file
 * source launcher) and in-process alike. It speaks the real wire format: /health (503 while "loading", then ok),
 * /v1/chat/completions streamed as OpenAI chat.completion.chunk SSE lines ending in [DONE], /v1/embeddings, and
 * /v1/rerank (alias /rerank), which scores each document by how many of the query's words it holds, best first.
 * The last user message steers it: "cut-off" drops the connection mid-reply, "error-event" sends an error event
 * mid-reply, "slow" trickles tokens for ten seconds; a rerank query with "slow" answers after two seconds.
 * /tokenize counts words. POST /crash ends the process with exit code 1. As the real server, it serves a chat page
 * at / unless started with --no-webui, takes its key from --api-key or the LLAMA_API_KEY variable, and refuses an
 * argument it does not know ({@link StandInArguments}).
 * <p>
 * It sizes its slots as llama.cpp does (llama-context.cpp, server-context.cpp): {@code -np} slots, 4 sharing a
 * unified KV cache when left to "auto", else each {@code -c / -np} (padded to 256); every slot capped at the
 * model's training context from the GGUF header ({@link StandInGguf}) — "the slot context exceeds the training
 * context of the model - capping". A prompt of as many words as a slot holds, or more, gets the real 400 ("request
 * (N tokens) exceeds the available context size (M tokens), try increasing it"); {@code GET /props} and
 * {@code /v1/models} report what is served in the real shapes; an embedding request to a server whose pooling is
 * none gets the real 400 ("Pooling type 'none' is not OAI compatible").
 */
public final class StandInLlamaServer {

    public static final List<String> REPLY = List.of("Hello", " from", " the", " stand-in", ".");
    /** How long the stand-in takes per generated token, in chat and completion alike. */
    static final long TOKEN_MILLIS = 2;

    private final HttpServer http;
    private final Set<String> apiKeys;
    private final boolean webui;
    private final long readyAt;
    private final boolean exitOnCrash;
    private final AtomicInteger abandonedStreams = new AtomicInteger();
    private final Serving serving;

    /**
     * What the server serves, as it sizes it at start.
     *
     * @param slotContext    tokens of one slot: what a request may hold, prompt and answer together
     * @param trainedContext the model's training context, or 0 when its file does not say
     * @param pooling        none, mean, cls, last or rank
     * @param ubatch         the physical batch, which an embedding input must fit in whole
     */
    public record Serving(int slotContext, int slots, long trainedContext, String pooling, String modelPath,
                          int ubatch) {

        /** As the real server sizes them from its arguments and the model's header. */
        static Serving of(StandInArguments arguments, StandInGguf header) {
            boolean auto = arguments.parallel() < 0;
            int slots = auto ? 4 : arguments.parallel();
            int context = arguments.contextSize() == 0 ? header.trainedContext() : arguments.contextSize();
            int perSlot = auto ? context : Math.ceilDiv(context / slots, 256) * 256; // unified KV only in "auto"
            String pooling = arguments.reranking() ? "rank" : arguments.pooling() != null ? arguments.pooling()
                    : switch (header.poolingType()) {
                        case 1 -> "mean";
                        case 2 -> "cls";
                        case 3 -> "last";
                        case 4 -> "rank";
                        default -> "none";
                    };
            return new Serving(Math.min(perSlot, header.trainedContext()), slots,
                    header.trainedContext() == Integer.MAX_VALUE ? 0 : header.trainedContext(), pooling,
                    String.valueOf(arguments.model()), arguments.ubatch());
        }
    }

    /** With its web UI on, as the real server starts by default; one 4,096-token slot that pools by mean. */
    public StandInLlamaServer(String host, int port, String apiKey, long loadingMillis, boolean exitOnCrash)
            throws IOException {
        this(host, port, apiKey == null ? Set.of() : Set.of(apiKey), true, loadingMillis, exitOnCrash,
                new Serving(4096, 1, 0, "mean", "stand-in.gguf", 4096));
    }

    /** Ready at once, serving as told: a slot context, a pooling, a training context to report. */
    public StandInLlamaServer(String host, int port, String apiKey, Serving serving) throws IOException {
        this(host, port, Set.of(apiKey), false, 0, false, serving);
    }

    private StandInLlamaServer(String host, int port, Set<String> apiKeys, boolean webui, long loadingMillis,
                               boolean exitOnCrash, Serving serving) throws IOException {
        this.serving = serving;
        this.apiKeys = apiKeys;
        this.webui = webui;
        this.readyAt = System.currentTimeMillis() + loadingMillis;
        this.exitOnCrash = exitOnCrash;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.ofLiteral(host), port), 16);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/", this::root); // every path no other context takes
        http.createContext("/health", this::health);
        http.createContext("/v1/chat/completions", exchange -> guarded(exchange, this::chat));
        http.createContext("/v1/embeddings", exchange -> guarded(exchange, this::embeddings));
        http.createContext("/v1/models", exchange -> guarded(exchange, (ex, body) -> respond(ex, 200,
                "{\"object\":\"list\",\"data\":[{\"id\":\"stand-in\",\"object\":\"model\",\"owned_by\":"
                        + "\"llamacpp\",\"meta\":{\"vocab_type\":1,\"n_vocab\":284,\"n_ctx_train\":"
                        + serving.trainedContext() + ",\"n_embd\":16}}]}")));
        http.createContext("/props", exchange -> guarded(exchange, this::props));
        http.createContext("/tokenize", exchange -> guarded(exchange, this::tokenize));
        http.createContext("/completion", exchange -> guarded(exchange, this::completion));
        http.createContext("/v1/rerank", exchange -> guarded(exchange, this::rerank));
        http.createContext("/rerank", exchange -> guarded(exchange, this::rerank));
        http.createContext("/crash", this::crash);
        http.start();
    }

    public static void main(String[] args) throws Exception {
        StandInArguments arguments;
        try {
            arguments = StandInArguments.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage()); // as llama.cpp's common_params_parse, before main returns 1
            System.exit(1);
            return;
        }
        System.out.println("main: stand-in llama-server, args " + String.join(" ", args));
        Path model = arguments.model();
        String host = arguments.host();
        int port = arguments.port();
        if (model == null || !Files.isRegularFile(model)) {
            System.err.println("llama_model_load: error loading model: failed to open " + model);
            System.exit(1);
        }
        if (new String(Files.readAllBytes(model), StandardCharsets.ISO_8859_1).contains("corrupt")) {
            System.err.println("llama_model_load: error loading model: invalid magic characters");
            System.exit(1);
        }
        try {
            Serving serving = Serving.of(arguments, StandInGguf.read(model));
            if (serving.trainedContext() > 0 && serving.slotContext() == serving.trainedContext()) {
                System.out.println("srv load_model: the slot context exceeds the training context of the model ("
                        + serving.trainedContext() + ") - capping");
            }
            new StandInLlamaServer(host, port, arguments.apiKeys(), arguments.webui(), 300, true, serving);
        } catch (BindException e) {
            System.err.println("couldn't bind HTTP server socket, hostname: " + host + ", port: " + port);
            System.exit(1);
        }
        System.out.println("main: server is listening on http://" + host + ":" + port);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public int abandonedStreams() {
        return abandonedStreams.get();
    }

    public void stop() {
        http.stop(0);
    }

    private void health(HttpExchange exchange) throws IOException {
        boolean ready = System.currentTimeMillis() >= readyAt;
        respond(exchange, ready ? 200 : 503, ready ? "{\"status\":\"ok\"}"
                : "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}");
    }

    /**
     * The chat page at / when the web UI is on (503 while loading), else the real server's 404 for any path it does
     * not serve. Like the real one, / asks for no key.
     */
    private void root(HttpExchange exchange) throws IOException {
        if (!webui || !exchange.getRequestURI().getPath().equals("/")) {
            respond(exchange, 404, "{\"error\":{\"message\":\"File Not Found\",\"type\":\"not_found_error\","
                    + "\"code\":404}}");
            return;
        }
        boolean ready = System.currentTimeMillis() >= readyAt;
        byte[] page = ("<!doctype html><title>llama.cpp</title><p>" + (ready ? "stand-in web UI" : "Loading model")
                + "</p>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(ready ? 200 : 503, page.length);
        exchange.getResponseBody().write(page);
        exchange.close();
    }

    private void crash(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "{}");
        if (exitOnCrash) {
            System.out.println("crashing on request");
            System.exit(1);
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange, String body) throws IOException;
    }

    private void guarded(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String key = auth != null && auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : "";
            if (!apiKeys.isEmpty() && !apiKeys.contains(key)) {
                respond(exchange, 401, "{\"error\":{\"code\":401,\"message\":\"Invalid API Key\","
                        + "\"type\":\"authentication_error\"}}");
                return;
            }
            handler.handle(exchange, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** As server-context.cpp's get_props: the per-slot context under default_generation_settings. */
    private void props(HttpExchange exchange, String body) throws IOException {
        respond(exchange, 200, "{\"default_generation_settings\":{\"params\":{\"n_predict\":-1,\"temperature\":0.8},"
                + "\"n_ctx\":" + serving.slotContext() + "},\"total_slots\":" + serving.slots()
                + ",\"model_alias\":\"\",\"model_path\":\"" + serving.modelPath().replace("\\", "\\\\")
                + "\",\"modalities\":{\"vision\":false,\"audio\":false},\"endpoint_slots\":true,"
                + "\"endpoint_props\":false,\"endpoint_metrics\":false,\"webui\":" + webui
                + ",\"chat_template\":\"\",\"build_info\":\"b0-stand-in\"}");
    }

    private void chat(HttpExchange exchange, String body) throws IOException {
        String prompt = lastMatch("\"content\"\\s*:\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"", body);
        int promptTokens = promptTokens(body);
        if (promptTokens >= serving.slotContext()) {
            // server-context.cpp compares the prompt alone, with >=, and answers before generating anything
            respond(exchange, 400, "{\"error\":{\"code\":400,\"message\":\"request (" + promptTokens
                    + " tokens) exceeds the available context size (" + serving.slotContext() + " tokens), try "
                    + "increasing it\",\"type\":\"exceed_context_size_error\",\"n_prompt_tokens\":" + promptTokens
                    + ",\"n_ctx\":" + serving.slotContext() + "}}");
            return;
        }
        int maxTokens = Integer.parseInt(firstOr("\"max_tokens\"\\s*:\\s*(\\d+)", body, "1000"));
        boolean usage = body.matches("(?s).*\"include_usage\"\\s*:\\s*true.*");
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<String> words = prompt.contains("slow") ? slowWords() : REPLY;
        String finish = "stop";
        int sent = 0;
        try {
            for (String word : words) {
                if (sent == maxTokens) {
                    finish = "length";
                    break;
                }
                if (sent == 2 && prompt.contains("cut-off")) {
                    return; // closing without [DONE] or a finish reason, as a server that died would
                }
                if (sent == 2 && prompt.contains("error-event")) {
                    event(out, "{\"error\":{\"code\":500,\"message\":\"out of memory\",\"type\":\"server_error\"}}");
                    return;
                }
                event(out, chunk("{\"content\":\"" + word + "\"}", null));
                sent++;
                sleep(TOKEN_MILLIS);
                if (prompt.contains("slow")) {
                    Thread.sleep(100);
                }
            }
            event(out, chunk("{}", finish));
            if (usage) {
                event(out, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":"
                        + "\"stand-in\",\"choices\":[],\"usage\":{\"prompt_tokens\":" + promptTokens
                        + ",\"completion_tokens\":" + sent + ",\"total_tokens\":" + (promptTokens + sent) + "}}");
            }
            event(out, "[DONE]");
        } catch (IOException e) {
            abandonedStreams.incrementAndGet(); // the client went away: a real server stops generating here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The native completion endpoint, which answers with the server's own {@code timings}. The stand-in "generates"
     * the reply's words at {@value #TOKEN_MILLIS} ms each and times itself doing so, as the real server times its
     * decoding: the figures mean nothing about a model, but they are measured, not made up.
     */
    private void completion(HttpExchange exchange, String body) throws IOException {
        long start = System.nanoTime();
        int promptTokens = 0;
        for (String word : unescape(firstOr("\"prompt\"\\s*:\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"", body, ""))
                .split("\\s+")) {
            promptTokens += word.isEmpty() ? 0 : 1;
        }
        if (promptTokens >= serving.slotContext()) {
            respond(exchange, 400, "{\"error\":{\"code\":400,\"message\":\"request (" + promptTokens
                    + " tokens) exceeds the available context size (" + serving.slotContext() + " tokens), try "
                    + "increasing it\",\"type\":\"exceed_context_size_error\"}}");
            return;
        }
        int wanted = Integer.parseInt(firstOr("\"n_predict\"\\s*:\\s*(\\d+)", body, "16"));
        long promptDone = System.nanoTime();
        int predicted = Math.min(wanted, REPLY.size());
        for (int i = 0; i < predicted; i++) {
            sleep(TOKEN_MILLIS);
        }
        double promptMs = Math.max(promptDone - start, 1) / 1e6;
        double predictedMs = (System.nanoTime() - promptDone) / 1e6;
        respond(exchange, 200, "{\"content\":\"" + String.join("", REPLY.subList(0, predicted))
                + "\",\"tokens_predicted\":" + predicted + ",\"tokens_evaluated\":" + promptTokens
                + ",\"timings\":{\"prompt_n\":" + promptTokens + ",\"prompt_ms\":" + promptMs
                + ",\"prompt_per_second\":" + promptTokens * 1000 / promptMs + ",\"predicted_n\":" + predicted
                + ",\"predicted_ms\":" + predictedMs + ",\"predicted_per_second\":"
                + predicted * 1000 / predictedMs + "}}");
    }

    /** The words of every message, as /tokenize counts them. */
    private static int promptTokens(String body) {
        Matcher contents = Pattern.compile("\"content\"\\s*:\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"").matcher(body);
        int tokens = 0;
        while (contents.find()) {
            for (String word : unescape(contents.group(1)).split("\\s+")) {
                tokens += word.isEmpty() ? 0 : 1;
            }
        }
        return tokens;
    }

    private void tokenize(HttpExchange exchange, String body) throws IOException {
        String[] words = firstOr("\"content\"\\s*:\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"", body, "").split("\\s+");
        List<String> ids = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                ids.add(Integer.toString(ids.size() + 1));
            }
        }
        respond(exchange, 200, "{\"tokens\":[" + String.join(",", ids) + "]}");
    }

    private void embeddings(HttpExchange exchange, String body) throws IOException {
        if (serving.pooling().equals("none")) {
            respond(exchange, 400, "{\"error\":{\"code\":400,\"message\":\"Pooling type 'none' is not OAI "
                    + "compatible. Please use a different pooling type\",\"type\":\"invalid_request_error\"}}");
            return;
        }
        String input = firstOr("\"input\"\\s*:\\s*\\[(.*?)\\]", body, "");
        Matcher texts = Pattern.compile("\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"").matcher(input);
        List<String> data = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        while (texts.find()) {
            inputs.add(texts.group(1));
        }
        for (String text : inputs) {
            int tokens = unescape(text).split("\\s+").length;
            if (tokens > serving.ubatch()) {
                // server-context.cpp, for an input a non-causal pass cannot split: a 500, not a 400
                respond(exchange, 500, "{\"error\":{\"code\":500,\"message\":\"input (" + tokens + " tokens) is too "
                        + "large to process. increase the physical batch size (current batch size: " + serving.ubatch()
                        + ")\",\"type\":\"server_error\"}}");
                return;
            }
        }
        for (String text : inputs) {
            int h = text.hashCode();
            data.add("{\"object\":\"embedding\",\"index\":" + data.size() + ",\"embedding\":["
                    + (h & 0xff) / 255.0 + "," + (h >> 8 & 0xff) / 255.0 + "," + (h >> 16 & 0xff) / 255.0 + ","
                    + text.length() + "]}");
        }
        respond(exchange, 200, "{\"object\":\"list\",\"model\":\"stand-in\",\"data\":[" + String.join(",", data)
                + "],\"usage\":{\"prompt_tokens\":" + data.size() + ",\"total_tokens\":" + data.size() + "}}");
    }

    private void rerank(HttpExchange exchange, String body) throws IOException {
        String query = unescape(firstOr("\"query\"\\s*:\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"", body, ""));
        String array = firstOr("\"documents\"\\s*:\\s*\\[((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*,?)*)\\s*\\]", body, "");
        Matcher documents = Pattern.compile("\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"").matcher(array);
        Set<String> queryWords = words(query);
        List<double[]> scored = new ArrayList<>(); // {index, score}
        while (documents.find()) {
            Set<String> shared = words(unescape(documents.group(1)));
            shared.retainAll(queryWords);
            scored.add(new double[] {scored.size(), shared.size()});
        }
        int topN = Integer.parseInt(firstOr("\"top_n\"\\s*:\\s*(\\d+)", body, Integer.toString(scored.size())));
        scored.sort((a, b) -> Double.compare(b[1], a[1])); // best first, as llama-server sends them
        List<String> results = new ArrayList<>();
        for (double[] result : scored.subList(0, Math.min(topN, scored.size()))) {
            results.add("{\"index\":" + (int) result[0] + ",\"relevance_score\":" + result[1] + "}");
        }
        if (query.contains("slow")) {
            sleep(2000);
        }
        respond(exchange, 200, "{\"model\":\"stand-in\",\"object\":\"list\",\"usage\":{\"prompt_tokens\":0,"
                + "\"total_tokens\":0},\"results\":[" + String.join(",", results) + "]}");
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(List.of(
                text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }

    private static String unescape(String json) {
        return json.replace("\\n", " ").replace("\\t", " ").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> slowWords() {
        return java.util.Collections.nCopies(100, " slowly");
    }

    private static String chunk(String delta, String finish) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stand-in\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
                + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String lastMatch(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        String last = "";
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }

    private static String firstOr(String regex, String text, String fallback) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        return matcher.find() ? matcher.group(1) : fallback;
    }
}
