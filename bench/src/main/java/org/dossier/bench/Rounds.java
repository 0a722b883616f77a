package org.dossier.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a throughput benchmark runs: over {@code copies} copies of a corpus, in rounds of which the first
 * {@code warmUpRounds} are not counted (the JIT is still compiling), and the median of the other {@code rounds} kept.
 */
record Rounds(Path corpus, int copies, int warmUpRounds, int rounds) {

    Rounds {
        if (copies < 1 || warmUpRounds < 0 || rounds < 1) {
            throw new IllegalArgumentException("copies and rounds must be at least 1, warm-up rounds at least 0");
        }
    }

    /** Warm-up and counted rounds together. */
    int total() {
        return warmUpRounds + rounds;
    }

    /** The parameters every such result names first, for the {@code files} of all copies. */
    Map<String, Object> parameters(int files) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("corpus", corpus.toString());
        parameters.put("corpusFiles", files / copies);
        parameters.put("copies", copies);
        parameters.put("warmUpRounds", warmUpRounds);
        parameters.put("rounds", rounds);
        parameters.put("statistic", "median of the rounds after the warm-up rounds");
        return parameters;
    }
}
