package org.dossier.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import org.dossier.DossierApplication;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The no-network rule for the web server: it answers on loopback and nowhere else, and refuses to be moved. */
class LoopbackOnlyTest extends SampleDocsServerTest {

    @Test
    void theServerAnswersOnLoopback() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void theServerCannotBeReachedOnThisMachinesOtherAddresses() throws Exception {
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
        assumeThat(others).as("this machine has a non-loopback address to try").isNotEmpty();

        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                        .as("connecting to %s:%d", address.getHostAddress(), port)
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void startingOnANonLoopbackAddressIsRefusedNamingTheSetting(@TempDir Path dataDir) {
        var application = new SpringApplicationBuilder(DossierApplication.class);

        // Command-line arguments, as a user would pass them: they outrank config/application.yml.
        assertThatThrownBy(() -> application.run("--server.address=0.0.0.0", "--server.port=0",
                "--dossier.data-dir=" + dataDir).close())
                .rootCause()
                .hasMessageContaining("server.address=0.0.0.0 is not a loopback address");
    }
}
