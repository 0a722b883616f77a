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
 */
public final class StandInLlamaServer {

    public static final List<String> REPLY = List.of("Hello", " from", " the", " stand-in", ".");

    private final HttpServer http;
    private final Set<String> apiKeys;
    private final boolean webui;
    private final long readyAt;
    private final boolean exitOnCrash;
    private final AtomicInteger abandonedStreams = new AtomicInteger();

    /** With its web UI on, as the real server starts by default. */
    public StandInLlamaServer(String host, int port, String apiKey, long loadingMillis, boolean exitOnCrash)
            throws IOException {
        this(host, port, apiKey == null ? Set.of() : Set.of(apiKey), true, loadingMillis, exitOnCrash);
    }

    private StandInLlamaServer(String host, int port, Set<String> apiKeys, boolean webui, long loadingMillis,
                               boolean exitOnCrash) throws IOException {
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
                "{\"object\":\"list\",\"data\":[{\"id\":\"stand-in\",\"object\":\"model\"}]}")));
        http.createContext("/tokenize", exchange -> guarded(exchange, this::tokenize));
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
        if (Files.readString(model).contains("corrupt")) {
            System.err.println("llama_model_load: error loading model: invalid magic characters");
            System.exit(1);
        }
        try {
            new StandInLlamaServer(host, port, arguments.apiKeys(), arguments.webui(), 300, true);
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

    private void chat(HttpExchange exchange, String body) throws IOException {
        String prompt = lastMatch("\"content\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", body);
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
                if (prompt.contains("slow")) {
                    Thread.sleep(100);
                }
            }
            event(out, chunk("{}", finish));
            if (usage) {
                event(out, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":"
                        + "\"stand-in\",\"choices\":[],\"usage\":{\"prompt_tokens\":" + (body.length() / 4)
                        + ",\"completion_tokens\":" + sent + ",\"total_tokens\":" + (body.length() / 4 + sent) + "}}");
            }
            event(out, "[DONE]");
        } catch (IOException e) {
            abandonedStreams.incrementAndGet(); // the client went away: a real server stops generating here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tokenize(HttpExchange exchange, String body) throws IOException {
        String[] words = firstOr("\"content\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", body, "").split("\\s+");
        List<String> ids = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                ids.add(Integer.toString(ids.size() + 1));
            }
        }
        respond(exchange, 200, "{\"tokens\":[" + String.join(",", ids) + "]}");
    }

    private void embeddings(HttpExchange exchange, String body) throws IOException {
        String input = firstOr("\"input\"\\s*:\\s*\\[(.*?)\\]", body, "");
        Matcher texts = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(input);
        List<String> data = new ArrayList<>();
        while (texts.find()) {
            int h = texts.group(1).hashCode();
            data.add("{\"object\":\"embedding\",\"index\":" + data.size() + ",\"embedding\":["
                    + (h & 0xff) / 255.0 + "," + (h >> 8 & 0xff) / 255.0 + "," + (h >> 16 & 0xff) / 255.0 + ","
                    + texts.group(1).length() + "]}");
        }
        respond(exchange, 200, "{\"object\":\"list\",\"model\":\"stand-in\",\"data\":[" + String.join(",", data)
                + "],\"usage\":{\"prompt_tokens\":" + data.size() + ",\"total_tokens\":" + data.size() + "}}");
    }

    private void rerank(HttpExchange exchange, String body) throws IOException {
        String query = unescape(firstOr("\"query\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", body, ""));
        String array = firstOr("\"documents\"\\s*:\\s*\\[((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*,?)*)\\s*\\]", body, "");
        Matcher documents = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(array);
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
