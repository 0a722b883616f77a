package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SeenPathsTest {

    @Test
    void everyPathAddedIsSeenAndNoOtherWhateverTheTableGrewTo() {
        SeenPaths seen = new SeenPaths();

        IntStream.range(0, 200_000).forEach(n -> seen.add("folder-" + (n / 1000) + "/note-" + n + ".txt"));

        assertThat(IntStream.range(0, 200_000))
                .allMatch(n -> seen.contains("folder-" + (n / 1000) + "/note-" + n + ".txt"));
        assertThat(IntStream.range(200_000, 400_000))
                .noneMatch(n -> seen.contains("folder-" + (n / 1000) + "/note-" + n + ".txt"));
        assertThat(seen.contains("")).isFalse();
    }

    @Test
    void aPathAddedTwiceIsOnePathAndTheEmptyPathCanBeSeenToo() {
        SeenPaths seen = new SeenPaths();

        seen.add("a.txt");
        seen.add("a.txt");
        seen.add("");

        assertThat(seen.contains("a.txt")).isTrue();
        assertThat(seen.contains("")).isTrue();
        assertThat(seen.contains("b.txt")).isFalse();
    }
}
