package org.dossier.engine.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/** A process's peak resident memory, where the system keeps it: Linux's {@code VmHWM} in /proc/<pid>/status. */
public final class PeakMemory {

    private PeakMemory() {
    }

    public static @Nullable Long ofProcess(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return null; // macOS and Windows do not say after the fact
        }
        try (var lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmHWM:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
