package org.dossier;

import java.util.OptionalInt;

import org.dossier.web.launch.LaunchPlan;
import org.dossier.web.launch.ServerClient;

/**
 * The jar's entry point. A one-shot command for a data directory that a running server holds is sent to that server
 * from here, with nothing but the JDK loaded: no Spring, no logging, no JSON library — a command through the server
 * then costs little more than the JVM's start. Everything else (and a command when no server answers) goes on to
 * {@link DossierApplication}.
 */
public final class Dossier {

    private Dossier() {
    }

    public static void main(String[] args) {
        OptionalInt served = throughRunningServer(args);
        if (served.isPresent()) {
            // halt, not exit: nothing here needs a shutdown hook, and System.exit would first look for a logger
            // for the JDK's exit event, through every jar on the class path (a second, in a one-second command)
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(served.getAsInt());
        }
        DossierApplication.main(args);
    }

    private static OptionalInt throughRunningServer(String[] args) {
        LaunchPlan plan;
        try {
            plan = LaunchPlan.from(args, System.console() != null);
        } catch (IllegalArgumentException wrongInput) {
            return OptionalInt.empty(); // DossierApplication says what is wrong
        }
        if (plan.mode() != LaunchPlan.Mode.ONE_SHOT) {
            return OptionalInt.empty();
        }
        boolean terminal = System.console() != null && System.console().isTerminal();
        return ServerClient.known(plan.springArguments())
                .map(client -> client.run(plan, terminal, System.out, System.err))
                .orElse(OptionalInt.empty());
    }
}
