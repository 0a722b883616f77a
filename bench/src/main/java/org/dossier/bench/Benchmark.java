package org.dossier.bench;

/**
 * One measurement the bench module runs. Each benchmark sets itself up and cleans up after itself, and hands back
 * what it measured; printing and recording the result is the runner's job, so a new benchmark is just this.
 */
public interface Benchmark {

    /** Short kebab-case name; the result is written to {@code bench/results/<name>.json}. */
    String name();

    BenchResult run() throws Exception;
}
