package org.dossier.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * Where {@code retrieval-latency} builds an index of one size: a temporary folder deleted afterwards, or, with
 * {@code bench.latencyIndexDir}, a folder kept there so that a later run measures searches again without building
 * (a million passages take many minutes). A kept index is reused only once its build was complete; what that build
 * measured is kept beside it and reported again, marked as coming from an earlier run.
 */
final class LatencyIndexHome implements AutoCloseable {

    private final Path path;
    private final @Nullable Path buildFacts;
    private final @Nullable TempFolder temporary;

    private LatencyIndexHome(Path path, @Nullable Path buildFacts, @Nullable TempFolder temporary) {
        this.path = path;
        this.buildFacts = buildFacts;
        this.temporary = temporary;
    }

    /** A kept folder {@code name} under {@code keptRoot}, or a temporary one when {@code keptRoot} is blank. */
    static LatencyIndexHome of(String keptRoot, String name) throws IOException {
        if (keptRoot.isBlank()) {
            TempFolder temporary = TempFolder.create("dossier-bench-latency-");
            return new LatencyIndexHome(temporary.path().resolve("index"), null, temporary);
        }
        Path root = Files.createDirectories(Path.of(keptRoot));
        Path facts = root.resolve(name + ".build.properties");
        if (!Files.exists(facts) && Files.exists(root.resolve(name))) {
            new TempFolder(root.resolve(name)).close(); // a build that never finished: start again
        }
        return new LatencyIndexHome(root.resolve(name), facts, null);
    }

    Path path() {
        return path;
    }

    /** What the complete build of the kept index measured, if there is one. */
    Optional<SyntheticIndexBuild.Build> earlierBuild() throws IOException {
        if (buildFacts == null || !Files.isRegularFile(buildFacts)) {
            return Optional.empty();
        }
        Properties facts = new Properties();
        try (Reader reader = Files.newBufferedReader(buildFacts)) {
            facts.load(reader);
        }
        return Optional.of(new SyntheticIndexBuild.Build(Integer.parseInt(facts.getProperty("passages")),
                Double.parseDouble(facts.getProperty("seconds")), true,
                Double.parseDouble(facts.getProperty("lastWindowRate"))));
    }

    /** Keeps what a complete build measured, so that the index is reused from now on (no-op when temporary). */
    void remember(SyntheticIndexBuild.Build build) throws IOException {
        if (buildFacts == null || !build.complete()) {
            return;
        }
        Properties facts = new Properties();
        facts.setProperty("passages", Integer.toString(build.passages()));
        facts.setProperty("seconds", Double.toString(build.seconds()));
        facts.setProperty("lastWindowRate", Double.toString(build.lastWindowRate()));
        try (Writer writer = Files.newBufferedWriter(buildFacts)) {
            facts.store(writer, "retrieval-latency build of the index beside this file");
        }
    }

    @Override
    public void close() {
        if (temporary != null) {
            temporary.close();
        }
    }
}
