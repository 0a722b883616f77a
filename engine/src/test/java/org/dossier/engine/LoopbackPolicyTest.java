package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.42.0.9", "::1", "[::1]", "localhost"})
    void loopbackAddressesAreAllowed(String host) {
        assertThatCode(() -> LoopbackPolicy.requireLoopbackHost("server.address", host)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.168.1.20", "10.0.0.1", "8.8.8.8", "::", "fe80::1"})
    void anyOtherAddressIsRefusedNamingTheSetting(String host) {
        assertThatThrownBy(() -> LoopbackPolicy.requireLoopbackHost("server.address", host))
                .isInstanceOf(LoopbackPolicy.NonLoopbackAddressException.class)
                .hasMessageContaining("server.address=" + host)
                .hasMessageContaining("not a loopback address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void anEmptyAddressIsRefused(String host) {
        assertThatThrownBy(() -> LoopbackPolicy.requireLoopbackHost("server.address", host))
                .hasMessageContaining("server.address is empty");
    }

    @org.junit.jupiter.api.Test
    void aModelEndpointOnAnotherMachineIsRefused() {
        assertThatThrownBy(() -> LoopbackPolicy.requireLoopbackUri("dossier.engine.base-url",
                URI.create("http://192.168.1.5:11434/v1")))
                .hasMessageContaining("dossier.engine.base-url");
        assertThatCode(() -> LoopbackPolicy.requireLoopbackUri("dossier.engine.base-url",
                URI.create("http://127.0.0.1:11434/v1"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "my-laptop.local", "no-such-host.invalid"})
    void aHostNameOtherThanLocalhostIsRefusedWithoutLookingItUp(String host) {
        assertThatThrownBy(() -> LoopbackPolicy.requireLoopbackHost("server.address", host))
                .hasMessageContaining("is a host name").hasMessageContaining("server.address");
    }
}
