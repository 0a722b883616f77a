package org.dossier.web.doctor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.DossierProperties;
import org.dossier.engine.EngineProperties.Embedding;
import org.dossier.engine.EngineProperties.Runtime;
import org.dossier.engine.EngineProperties;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.PassageSearch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs every check of the setting Dossier started with, in the order a user would fix them: the JDK, the data
 * directory, the index, the models, the programs they need, the addresses.
 */
@Component
public final class Doctor {

    private final DossierProperties dossier;
    private final EngineProperties engine;
    private final DocumentCatalog catalog;
    private final PassageSearch index;
    private final String serverAddress;

    Doctor(DossierProperties dossier, EngineProperties engine, DocumentCatalog catalog, PassageSearch index,
           @Value("${server.address:127.0.0.1}") String serverAddress) {
        this.dossier = dossier;
        this.engine = engine;
        this.catalog = catalog;
        this.index = index;
        this.serverAddress = serverAddress;
    }

    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(JdkCheck.ofThisJvm().run());
        checks.add(new DataDirectoryCheck(dossier.dataDir(), DataDirectoryCheck.MINIMUM_FREE_BYTES).run());
        checks.add(new IndexCatalogCheck(catalog.counts().indexed(), catalog.passageCount(), index.passageCount()).run());
        checks.addAll(models());
        checks.add(ProgramCheck.onPath("llama-server", program(engine.llamaServer(), "llama-server"), needsLlamaServer(),
                "install llama.cpp (brew install llama.cpp, or a release from github.com/ggml-org/llama.cpp) or set "
                        + "dossier.engine.llama-server").run());
        checks.add(ProgramCheck.onPath("tesseract", "tesseract", false,
                "optional: install tesseract-ocr to read scans and images").run());
        checks.addAll(addresses());
        return checks;
    }

    private List<Check> models() {
        long memory = availableMemory();
        List<Check> checks = new ArrayList<>();
        boolean chatFile = engine.runtime() == Runtime.LLAMA_SERVER || engine.runtime() == Runtime.IN_PROCESS;
        if (chatFile && engine.chatModel() != null) {
            checks.add(new ModelFileCheck("chat model", "dossier.engine.chat-model", engine.chatModel(),
                    engine.runtime() == Runtime.IN_PROCESS, memory).run());
        } else {
            checks.add(Check.skipped("chat model", chatFile ? "none set" : "runtime " + name(engine.runtime())
                    + (engine.model() == null ? "" : ", model " + engine.model()), null));
        }
        boolean embeddingFile = engine.embedding() == Embedding.LLAMA_SERVER || engine.embedding() == Embedding.IN_PROCESS;
        if (embeddingFile) {
            checks.add(new ModelFileCheck("embedding model", "dossier.engine.embedding-model", engine.embeddingModel(),
                    engine.embedding() == Embedding.IN_PROCESS, memory).run());
        } else {
            checks.add(Check.skipped("embedding model", name(engine.embedding()), null));
        }
        if (engine.rerankerModel() != null) {
            checks.add(new ModelFileCheck("reranker", "dossier.engine.reranker-model", engine.rerankerModel(), false,
                    memory).run());
        }
        return checks;
    }

    private List<Check> addresses() {
        List<Check> checks = new ArrayList<>();
        checks.add(new LoopbackCheck("web server", "server.address", serverAddress).run());
        if (engine.baseUrl() != null) {
            checks.add(LoopbackCheck.uri("model server", "dossier.engine.base-url", engine.baseUrl()).run());
        }
        if (engine.rerankerBaseUrl() != null) {
            checks.add(LoopbackCheck.uri("reranker server", "dossier.engine.reranker-base-url",
                    engine.rerankerBaseUrl()).run());
        }
        return checks;
    }

    private boolean needsLlamaServer() {
        return engine.runtime() == Runtime.LLAMA_SERVER || engine.embedding() == Embedding.LLAMA_SERVER
                || engine.rerankerModel() != null;
    }

    private static String program(Path configured, String name) {
        return configured == null ? name : configured.toString();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Linux counts the page cache it would give back ({@code MemAvailable}); elsewhere, the JVM's free figure. */
    private static long availableMemory() {
        try (var lines = Files.lines(Path.of("/proc/meminfo"))) {
            var available = lines.filter(line -> line.startsWith("MemAvailable:")).findFirst();
            if (available.isPresent()) {
                return Long.parseLong(available.get().replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            // fall through to the JVM's figure
        }
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getFreeMemorySize();
    }
}
