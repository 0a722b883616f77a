package org.dossier.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The status page: what runs, how much is on disk, the settings in force with secrets hidden, the privacy check. */
class StatusPageTest extends SampleDocsServerTest {

    @Autowired
    private PrivacyCheck privacy;
    @Autowired
    private EffectiveConfiguration configuration;

    @Test
    void thePrivacyCheckPassesAndSeesTheServerListeningOnLoopbackOnly() {
        List<PrivacyCheck.Check> checks = privacy.run();

        assertThat(checks).allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
        assertThat(checks).filteredOn(check -> check.what().startsWith("Sockets")).singleElement()
                .satisfies(check -> assertThat(check.seen()).contains("127.0.0.1:" + port)
                        .doesNotContain("0.0.0.0"));
    }

    @Test
    void thePageShowsTheModelTheIndexTheSettingsAndTheChecks() {
        String page = get("/status").body();

        assertThat(page).contains("id=\"privacy\"").doesNotContain("PROBLEM").contains("id=\"runtime\"")
                .contains("dossier.engine.runtime").contains("dossier.indexer.parse-workers")
                .contains("dossier.engine.api-key").contains("id=\"index-size\"").doesNotContain("none yet");
        assertThat(configuration.settings()).extracting(EffectiveConfiguration.Setting::name)
                .contains("dossier.data-dir", "dossier.engine.base-url", "dossier.assistant.answer-passages");
    }

    @Test
    void withoutAChatModelFileTheDigestSaysThereIsNoneToHash() {
        String fragment = get("/status/model-sha256").body();

        assertThat(fragment).contains("id=\"model-sha256\"").contains("(no model file: the model runs on a server)")
                .doesNotContain("computing");
    }

    @Test
    void aSecretIsHiddenWhateverItsValue() {
        assertThat(EffectiveConfiguration.shown("apiKey", "sk-live-0123")).isEqualTo(EffectiveConfiguration.MASK);
        assertThat(EffectiveConfiguration.shown("apiToken", "t")).isEqualTo(EffectiveConfiguration.MASK);
        assertThat(EffectiveConfiguration.shown("apiKeyFile", "/home/me/key")).isEqualTo("/home/me/key");
        assertThat(EffectiveConfiguration.shown("contextSize", 8192)).isEqualTo("8192");
        assertThat(EffectiveConfiguration.shown("apiKey", null)).isEqualTo("(not set)");
    }
}
