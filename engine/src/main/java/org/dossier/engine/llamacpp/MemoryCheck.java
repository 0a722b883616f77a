package org.dossier.engine.llamacpp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.dossier.engine.gguf.GgufException;
import org.dossier.engine.gguf.GgufModelInfo;

/**
 * Refuses a model that cannot fit in memory, before llama.cpp tries: an oversized model either fails late with a
 * bare error or makes the whole machine swap. The need is the weights (the sum of tensor sizes in the GGUF) plus
 * room for the KV cache and compute buffers.
 */
final class MemoryCheck {

    /** KV cache, compute buffers and the runtime itself; generous for the context sizes Dossier uses. */
    static final long OVERHEAD_BYTES = 512L * 1024 * 1024;

    private final LongSupplier availableBytes;

    /** @param availableBytes memory the model may use now, asked afresh at each check */
    MemoryCheck(LongSupplier availableBytes) {
        this.availableBytes = availableBytes;
    }

    /**
     * Memory of this machine. On Linux, {@code MemAvailable} counts the page cache the kernel will give back (a model
     * file read once sits there); elsewhere the JVM's free physical memory figure.
     */
    static MemoryCheck ofThisMachine() {
        return new MemoryCheck(MemoryCheck::availableOnThisMachine);
    }

    long requiredBytes(GgufModelInfo model) {
        return model.tensorDataBytes() + OVERHEAD_BYTES;
    }

    void requireFits(GgufModelInfo model) {
        long required = requiredBytes(model);
        long available = availableBytes.getAsLong();
        if (required > available) {
            throw new GgufException("model " + model.path().getFileName() + " needs about " + gigabytes(required)
                    + " of memory but only " + gigabytes(available)
                    + " is available — close other programs or choose a smaller quantisation (e.g. Q4_K_M) of the model");
        }
    }

    static String gigabytes(long bytes) {
        return bytes >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%d MB", bytes / 1_000_000);
    }

    private static long availableOnThisMachine() {
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            try (var lines = Files.lines(meminfo)) {
                var available = lines.filter(line -> line.startsWith("MemAvailable:")).findFirst();
                if (available.isPresent()) {
                    return Long.parseLong(available.get().replaceAll("\\D", "")) * 1024;
                }
            } catch (IOException | NumberFormatException e) {
                // fall through to the JVM's figure
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getFreeMemorySize();
    }
}
