package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupFailureTest {

    @Test
    void aLockedCatalogSaysAnotherDossierHoldsTheDataDirectory() {
        var h2 = new IllegalStateException("Database may be already in use: \"/data/catalog/dossier.mv.db\"");

        String line = StartupFailure.describe(new RuntimeException("Error creating bean 'flyway'", h2));

        assertThat(line).startsWith("the data directory is in use by another Dossier process");
    }

    @Test
    void anyOtherFailureIsItsInnermostMessageOnOneLine() {
        var cause = new IllegalStateException("server.address=0.0.0.0 is not a loopback address\n\tmore detail");

        String line = StartupFailure.describe(new RuntimeException("Error creating bean", cause));

        assertThat(line).isEqualTo("could not start: server.address=0.0.0.0 is not a loopback address");
    }
}
