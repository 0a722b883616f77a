package org.dossier.web.privacy;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;

/**
 * The no-network scenario in a JVM of its own, for where the test JVM cannot follow: inside a network namespace
 * that has only loopback ({@code unshare -rn}), whose 127.0.0.1 only the processes inside can reach.
 *
 * <p>Arguments: the packaged jar, sample-docs, an empty work folder. Exit status 0 when the scenario passed
 * inside a namespace with no interface but {@code lo}; 1 with the reason on standard error otherwise.
 */
final class NoNetworkDriver {

    private NoNetworkDriver() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: NoNetworkDriver <dossier.jar> <sample-docs> <empty work folder>");
            System.exit(2);
        }
        try {
            List<String> interfaces = interfaces();
            if (!interfaces.equals(List.of("lo"))) {
                throw new AssertionError("not in a network namespace with only loopback: interfaces " + interfaces);
            }
            int exit = new NoNetworkScenario(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), List.of(),
                    System.out::println).run();
            System.out.println("scenario passed with interfaces " + interfaces + "; Dossier exited with " + exit);
            System.exit(0);
        } catch (Exception | AssertionError e) {
            System.err.println("scenario failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static List<String> interfaces() throws SocketException {
        return NetworkInterface.networkInterfaces().map(NetworkInterface::getName).sorted().toList();
    }
}
