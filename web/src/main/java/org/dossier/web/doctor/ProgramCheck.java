package org.dossier.web.doctor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A program Dossier runs (llama-server, tesseract): found, and its version as it states it. A program the
 * configuration does not need is reported, never failed.
 *
 * @param program    a path, or a name looked up on the PATH
 * @param needed     whether this configuration cannot work without it
 * @param installHint what to do when it is missing
 */
record ProgramCheck(String what, String program, boolean needed, String installHint, @Nullable String path) {

    /** @param path the PATH to look the program up on */
    static ProgramCheck onPath(String what, String program, boolean needed, String installHint) {
        return new ProgramCheck(what, program, needed, installHint, System.getenv("PATH"));
    }

    Check run() {
        Optional<Path> executable = find();
        if (executable.isEmpty()) {
            return needed ? Check.failed(what, program + " not found", installHint)
                    : Check.skipped(what, program + " not found", installHint);
        }
        String version = version(executable.get());
        if (version == null) {
            return needed ? Check.failed(what, executable.get() + " does not run", "reinstall it: " + installHint)
                    : Check.skipped(what, executable.get() + " does not run", installHint);
        }
        return Check.passed(what, executable.get() + " (" + version + ")");
    }

    private Optional<Path> find() {
        if (program.contains(File.separator)) {
            Path given = Path.of(program);
            return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        return Stream.of(path == null ? new String[0] : path.split(File.pathSeparator))
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The first line that names a version (llama-server writes it to standard error, tesseract to output). */
    private static @Nullable String version(Path executable) {
        try {
            Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(64 * 1024);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            if (process.exitValue() != 0) {
                return null; // not a program this machine can run (a shell reports the format error, then exits)
            }
            return new String(output, StandardCharsets.UTF_8).lines()
                    .filter(line -> line.toLowerCase(java.util.Locale.ROOT).contains("version")
                            || line.matches("^\\S+ v?\\d+(\\.\\d+)+.*"))
                    .map(String::strip).findFirst().orElse("version unknown");
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
