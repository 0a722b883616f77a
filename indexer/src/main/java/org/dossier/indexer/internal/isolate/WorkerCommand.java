package org.dossier.indexer.internal.isolate;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.jspecify.annotations.Nullable;

/**
 * The command line that starts a worker JVM with the same Java and the same classes as this one. From a plain class
 * path (the build, the IDE, the tests) the worker's main class is started directly. From Dossier's Spring Boot jar,
 * whose classes sit in nested jars that {@code java -cp} cannot see, Boot's {@code PropertiesLauncher} in that jar
 * opens them and starts the class named by {@code loader.main}.
 *
 * @param command the program and its arguments, for {@link ProcessBuilder}
 */
record WorkerCommand(List<String> command) {

    static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    /** System properties of this JVM that a worker inherits, when set. */
    private static final List<String> INHERITED = List.of("java.io.tmpdir", "pdfbox.fontcache");

    WorkerCommand {
        command = List.copyOf(command);
    }

    /**
     * @param mainClass  the worker's main class, on this JVM's class path
     * @param heapBytes  the worker's heap limit: a parse that needs more ends the worker, not Dossier
     * @param arguments  the main class's arguments
     */
    static WorkerCommand of(String mainClass, long heapBytes, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + Math.max(16, heapBytes >> 20) + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+DisplayVMOutputToStderr"); // the JVM's own messages (out of memory) stay off the replies
        command.add("-XX:+UseSerialGC"); // one parse at a time: the smallest, simplest collector fits
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Djava.awt.headless=true");
        // Parser logging is not wanted in a worker: SLF4J's no-op provider (its stderr is kept only for crash reasons).
        command.add("-Dslf4j.provider=org.slf4j.helpers.NOP_SLF4JServiceProvider");
        for (String property : INHERITED) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        String classPath = System.getProperty("java.class.path");
        Path bootJar = bootJar(classPath);
        command.add("-cp");
        if (bootJar != null) {
            command.add(bootJar.toString());
            command.add("-Dloader.main=" + mainClass);
            command.add(BOOT_LAUNCHER);
        } else {
            command.add(classPath);
            command.add(mainClass);
        }
        command.addAll(arguments);
        return new WorkerCommand(command);
    }

    /** This JVM's class path when it is one Spring Boot executable jar ({@code java -jar dossier.jar}), else null. */
    static @Nullable Path bootJar(String classPath) {
        if (classPath.isBlank() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            boolean boot = manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Classes") != null;
            return boot ? jar : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the application jar " + jar, e);
        }
    }
}
