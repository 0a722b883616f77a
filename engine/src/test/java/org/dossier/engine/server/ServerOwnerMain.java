package org.dossier.engine.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A stand-in for Dossier itself, run as its own JVM by a test: starts a managed llama-server, prints its pid, and
 * waits to be killed — so the test can check that the shutdown hook takes the server down with it. With a third
 * argument {@code ignore-ctrl-c} it survives SIGINT, as Dossier's shell does (Ctrl-C stops an answer, not Dossier).
 */
public final class ServerOwnerMain {

    private ServerOwnerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 2 && args[2].equals("ignore-ctrl-c")) {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> System.out.println("ctrl-c ignored"));
        }
        var settings = LlamaServerSettings.chat(Path.of(args[1])).withBinary(Path.of(args[0]));
        var server = new ManagedLlamaServer(settings);
        server.start();
        System.out.println("status " + server.awaitStarted(Duration.ofSeconds(30)).state());
        System.out.println("pid " + server.pid().orElse(-1));
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(2)); // ended by the test, never by itself
    }
}
