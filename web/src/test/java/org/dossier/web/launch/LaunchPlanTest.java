package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchPlanTest {

    @Test
    void noArgumentsServesWithTheShellOnATerminal() {
        assertThat(LaunchPlan.from(new String[0], true).mode()).isEqualTo(LaunchPlan.Mode.INTERACTIVE);
        assertThat(LaunchPlan.from(new String[0], false).mode()).isEqualTo(LaunchPlan.Mode.SERVER);
    }

    @Test
    void aCommandRunsOnceWithoutTheWebServer() {
        LaunchPlan plan = LaunchPlan.from(new String[] {"ask", "--json", "who signed?"}, true);

        assertThat(plan.mode()).isEqualTo(LaunchPlan.Mode.ONE_SHOT);
        assertThat(plan.commandLine()).containsExactly("ask", "--json", "who signed?");
        assertThat(plan.defaultProperties()).containsEntry("dossier.mode", "one_shot")
                .containsEntry("spring.shell.interactive.enabled", "false")
                // only the beans the command uses are made (start-up time)
                .containsEntry("spring.main.lazy-initialization", "true");
    }

    @Test
    void onlyTheOneShotCommandsThatEmbedTheirQuestionLoadTheEmbeddingModelAhead() {
        assertThat(LaunchPlan.from(new String[] {"search", "--json", "owner"}, false).embedsItsQuestion()).isTrue();
        assertThat(LaunchPlan.from(new String[] {"--server.port=9090", "ask", "who?"}, false).embedsItsQuestion())
                .isTrue();
        assertThat(LaunchPlan.from(new String[] {"status", "--json"}, false).embedsItsQuestion()).isFalse();
        assertThat(LaunchPlan.from(new String[] {"index", "docs"}, false).embedsItsQuestion()).isFalse();
        assertThat(LaunchPlan.from(new String[0], false).embedsItsQuestion()).isFalse();
    }

    @Test
    void theCommandsThatAreOverInASecondOrTwoAreShort() {
        assertThat(LaunchPlan.from(new String[] {"--server.port=9090", "search", "owner"}, false).isShort()).isTrue();
        assertThat(LaunchPlan.from(new String[] {"status"}, false).isShort()).isTrue();
        assertThat(LaunchPlan.from(new String[] {"index", "docs"}, false).isShort()).isFalse();
        assertThat(LaunchPlan.from(new String[] {"sources", "list"}, false).isShort()).isFalse();
        assertThat(LaunchPlan.from(new String[0], false).isShort()).isFalse();
    }

    @Test
    void servingMakesEveryBeanAtStart() {
        assertThat(LaunchPlan.from(new String[0], false).defaultProperties())
                .doesNotContainKey("spring.main.lazy-initialization");
        assertThat(LaunchPlan.from(new String[0], true).defaultProperties())
                .doesNotContainKey("spring.main.lazy-initialization");
    }

    @Test
    void conversationsIsACommandWordForOneShotRuns() {
        LaunchPlan plan = LaunchPlan.from(new String[] {"conversations", "export", "3", "--file", "out.md"}, false);

        assertThat(plan.mode()).isEqualTo(LaunchPlan.Mode.ONE_SHOT);
        assertThat(plan.commandLine()).containsExactly("conversations", "export", "3", "--file", "out.md");
    }

    @Test
    void propertiesBeforeTheCommandGoToSpring() {
        LaunchPlan plan = LaunchPlan.from(new String[] {"--server.port=9090", "status"}, false);

        assertThat(plan.springArguments()).containsExactly("--server.port=9090");
        assertThat(plan.commandLine()).containsExactly("status");
    }

    @Test
    void serveIndexesTheFoldersItIsGiven(@TempDir Path folder) {
        LaunchPlan plan = LaunchPlan.from(new String[] {"serve", folder.toString()}, false);

        assertThat(plan.mode()).isEqualTo(LaunchPlan.Mode.SERVER);
        assertThat(plan.folders()).containsExactly(folder.toAbsolutePath().normalize());
    }

    @Test
    void anUnknownCommandOrMissingFolderIsOneClearLine() {
        assertThatThrownBy(() -> LaunchPlan.from(new String[] {"summarise"}, false))
                .hasMessageStartingWith("unknown command 'summarise'").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> LaunchPlan.from(new String[] {"serve", "/no/such/folder"}, false))
                .hasMessage("folder not found: /no/such/folder");
    }
}
