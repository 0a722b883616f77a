package org.dossier.engine.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an executable named {@code llama-server} that runs {@link StandInLlamaServer} from its source file with
 * the test's own JDK, so the managed-server code starts, watches and stops a real child process.
 */
public final class StandInBinary {

    private static final Path SOURCE = Path.of("src/test/java/org/dossier/engine/server/StandInLlamaServer.java");

    private StandInBinary() {
    }

    public static Path writeTo(Path directory) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path script = directory.resolve("llama-server");
        // exec: the script becomes the java process, as a real llama-server binary would be one process.
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto '"
                + SOURCE.toAbsolutePath() + "' \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    public static Path model(Path directory, String content) throws IOException {
        return Files.writeString(directory.resolve("tiny-model.gguf"), content);
    }
}
