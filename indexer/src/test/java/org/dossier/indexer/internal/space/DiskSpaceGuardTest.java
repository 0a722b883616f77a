package org.dossier.indexer.internal.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The guard over a probe the test sets: it pauses below the minimum, says why, and lets go once space is back. */
class DiskSpaceGuardTest {

    private static final long MB = 1 << 20;

    private final Path data = Path.of("data");
    private final AtomicLong free = new AtomicLong(2048 * MB);
    private final DiskSpaceGuard guard = new DiskSpaceGuard(List.of(data), 500 * MB, path -> free.get(),
            Duration.ofMillis(10));

    @Test
    void withEnoughSpaceWorkGoesOnAtOnce() {
        guard.awaitSpace();

        assertThat(guard.paused()).isNull();
    }

    @Test
    void belowTheMinimumWorkWaitsSaysWhyAndResumesWhenSpaceIsBack() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        guard.onChange(message -> heard.add(String.valueOf(message)));
        free.set(120 * MB);

        CompletableFuture<Void> work = CompletableFuture.runAsync(guard::awaitSpace);
        waitUntil(() -> guard.paused() != null);

        assertThat(work).isNotDone();
        assertThat(guard.paused()).isEqualTo("paused: 120 MB free on " + data + ", needs at least 500 MB — free some "
                + "space there and it resumes by itself (or lower dossier.indexer.minimum-free-space)");

        free.set(600 * MB);
        work.get(5, TimeUnit.SECONDS);
        assertThat(guard.paused()).isNull();
        assertThat(heard).as("one pause, one resume, however often it looked").hasSize(2).last().isEqualTo("null");
    }

    @Test
    void aPausedWorkerThatIsInterruptedStopsUnfinished() throws Exception {
        free.set(0);
        CompletableFuture<Throwable> stopped = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                guard.awaitSpace();
                stopped.complete(null);
            } catch (IllegalStateException e) {
                stopped.complete(e);
            }
        });
        waitUntil(() -> guard.paused() != null);

        worker.interrupt();

        assertThat(stopped.get(5, TimeUnit.SECONDS)).isNotNull().hasMessageStartingWith("stopped while paused");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("condition met within 5 s").isTrue();
    }
}
