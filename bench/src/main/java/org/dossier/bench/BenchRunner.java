package org.dossier.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Runs every benchmark, prints its table and writes {@code bench/results/<name>.json}. Run from the project root
 * (the bench profile does: {@code mvn -Pbench -DskipTests verify}). Settings are system properties:
 * <ul>
 *   <li>{@code bench.corpus}: the folder of documents to work on (default {@code sample-docs});</li>
 *   <li>{@code bench.copies}: how many copies of it make the workload (default 20);</li>
 *   <li>{@code bench.warmups}: untimed rounds first, for the JIT to settle (default 3);</li>
 *   <li>{@code bench.isolatedWarmups}: untimed rounds for isolated-extraction (default 30): each worker JVM sees half
 *       the files of a round, and Tika's code takes thousands of files to reach full speed in a fresh JVM;</li>
 *   <li>{@code bench.rounds}: timed runs per pipeline, the median is kept (default 2);</li>
 *   <li>{@code bench.model}: the GGUF for generation (default {@code ../shared/models/stories260K.gguf});</li>
 *   <li>{@code bench.startupRuns}: timed runs of each one-shot command in startup, the median is kept (default 3);</li>
 *   <li>{@code bench.only}: the name of one benchmark to run, to leave the others out;</li>
 *   <li>{@code bench.results}: where results are written (default {@code bench/results}; not set by the pom).</li>
 * </ul>
 * A benchmark that fails stops the run with an error, so a broken measurement never passes for a result.
 *
 * <p>The JVM is ended explicitly, with status 0 or 1: once llama.cpp has been loaded, a native thread that is not a
 * daemon outlives {@code LlamaModel.close()}, and the JVM would never exit by itself (Maven would wait forever).
 */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static void main(String[] args) {
        try {
            runAll();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void runAll() throws Exception {
        Path corpus = Path.of(System.getProperty("bench.corpus", "sample-docs"));
        int copies = Integer.getInteger("bench.copies", 20);
        int warmUps = Integer.getInteger("bench.warmups", 3);
        int rounds = Integer.getInteger("bench.rounds", 2);
        String only = System.getProperty("bench.only", "");
        Path model = Path.of(System.getProperty("bench.model", "../shared/models/stories260K.gguf"));
        Path results = Path.of(System.getProperty("bench.results", "bench/results"));

        List<Benchmark> benchmarks = List.of(
                new IndexingThroughput(new Rounds(corpus, copies, warmUps, rounds),
                        Integer.getInteger("bench.isolatedWarmups", 30)),
                new EmbeddingThroughput(corpus),
                new GenerationThroughput(model),
                RetrievalQuality.fromSystemProperties(),
                AnswerabilityBench.fromSystemProperties(),
                RetrievalLatency.fromSystemProperties(),
                VectorQuantization.fromSystemProperties(),
                new IsolatedExtraction(new Rounds(corpus, copies,
                        Integer.getInteger("bench.isolatedWarmups", 30), rounds)),
                new LiveFolders(Integer.getInteger("bench.liveFiles", 10_000), 20),
                LargeInputs.fromSystemProperties(),
                Startup.fromSystemProperties());

        List<Benchmark> selected = benchmarks.stream()
                .filter(benchmark -> only.isBlank() || only.equals(benchmark.name()))
                .toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no benchmark named '" + only + "'; there are: "
                    + benchmarks.stream().map(Benchmark::name).toList());
        }
        for (Benchmark benchmark : selected) {
            MachineFacts machine = MachineFacts.current(); // before the run: its own load is not the machine's
            BenchResult result = benchmark.run();
            Path written = JsonResultWriter.write(result, machine, Instant.now(), results);
            System.out.println();
            System.out.print(TableWriter.format(result));
            System.out.printf(Locale.ROOT, "machine: %d cores, %.1f GB max heap, Java %s, %s, load %.2f at start%n",
                    machine.cores(), machine.maxHeapBytes() / 1e9, machine.java(), machine.os(), machine.loadAverage());
            System.out.println("-> " + written);
        }
    }
}
