package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.TikaExtractor;

/**
 * How fast the bundled embedding model turns passages into vectors, in batches (as indexing does) and one at a
 * time (as a naive caller would): embedding, not parsing, bounds indexing speed once vectors are on. Passages are
 * the corpus's own, cut by Dossier's chunker at about 200 tokens (800 characters).
 */
final class EmbeddingThroughput implements Benchmark {

    private static final int PASSAGES = 192;
    private static final int BATCH = 32;

    private final Path corpus;

    EmbeddingThroughput(Path corpus) {
        this.corpus = corpus;
    }

    @Override
    public String name() {
        return "embedding-throughput";
    }

    @Override
    public BenchResult run() throws Exception {
        List<String> passages = passages();
        try (TempFolder cache = TempFolder.create("dossier-bench-embed")) {
            BundledEmbeddings embeddings = new BundledEmbeddings(cache.path());
            embeddings.embed(passages.subList(0, BATCH)); // load and warm up

            long batchStart = System.nanoTime();
            for (int from = 0; from < passages.size(); from += BATCH) {
                embeddings.embed(passages.subList(from, Math.min(from + BATCH, passages.size())));
            }
            double batchSeconds = (System.nanoTime() - batchStart) / 1e9;

            long singleStart = System.nanoTime();
            for (String passage : passages) {
                embeddings.embed(List.of(passage));
            }
            double singleSeconds = (System.nanoTime() - singleStart) / 1e9;

            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("model", embeddings.modelId());
            parameters.put("passages", passages.size());
            parameters.put("meanPassageChars", passages.stream().mapToInt(String::length).average().orElse(0));
            parameters.put("batchSize", BATCH);
            return new BenchResult(name(),
                    "Bundled embedding model (" + embeddings.modelId() + "): " + passages.size() + " passages",
                    parameters,
                    List.of(row("batches of " + BATCH, passages.size(), batchSeconds),
                            row("one at a time", passages.size(), singleSeconds)),
                    Map.of("batch speed-up (passages/s ratio)", round(singleSeconds / batchSeconds)));
        }
    }

    private List<String> passages() throws Exception {
        TikaExtractor extractor = new TikaExtractor(1_000_000);
        Chunker chunker = new Chunker(800, 200);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (extractor.extract(file) instanceof Extraction.Extracted extracted) {
                    for (ExtractedPart part : extracted.parts()) {
                        chunker.split(part).forEach(passage -> found.add(passage.text()));
                    }
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no passages in " + corpus);
        }
        List<String> passages = new ArrayList<>(PASSAGES);
        for (int i = 0; passages.size() < PASSAGES; i++) {
            passages.add(found.get(i % found.size()));
        }
        return passages;
    }

    private static BenchResult.Row row(String label, int passages, double seconds) {
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("passages", passages);
        cells.put("seconds", round(seconds));
        cells.put("passages/s", round(passages / seconds));
        return new BenchResult.Row(label, cells);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
