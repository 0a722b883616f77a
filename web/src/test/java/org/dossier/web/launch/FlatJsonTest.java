package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The client's JSON against Jackson's, which the server writes and reads. */
class FlatJsonTest {

    private static final String AWKWARD = "line 1\nline 2\t\"quoted\" back\\slash \u0001 é ✓ 😀 </script>";

    private final JsonMapper jackson = JsonMapper.builder().build();

    @Test
    void aReplyWrittenByJacksonReadsBackWithEveryCharacter() {
        String written = jackson.writeValueAsString(new CommandController.CommandReply(2, AWKWARD, null));

        var members = FlatJson.parseObject(written);

        assertThat(members).containsEntry("exitCode", 2L).containsEntry("output", AWKWARD).containsEntry("error", null);
    }

    @Test
    void jacksonReadsTheRequestTheClientWrites() {
        String written = FlatJson.writeObject(
                Map.of("arguments", List.of("ask", "--json", AWKWARD, ""), "terminal", true));

        var request = jackson.readValue(written, CommandController.CommandRequest.class);

        assertThat(request.arguments()).containsExactly("ask", "--json", AWKWARD, "");
        assertThat(request.terminal()).isTrue();
    }

    @Test
    void spacesNegativeNumbersAndBooleansAreRead() {
        assertThat(FlatJson.parseObject(" { \"a\" : -12 , \"b\" : false, \"c\": \"\\u00e9\\/\" } "))
                .containsEntry("a", -12L).containsEntry("b", false).containsEntry("c", "é/");
        assertThat(FlatJson.parseObject("{}")).isEmpty();
    }

    @Test
    void textThatIsNotOneWholeObjectIsRefused() {
        for (String broken : List.of("", "{\"output\":\"cut short", "{\"a\":1} trailing", "[1]", "{\"a\":[1]}",
                "{\"a\":\"\\x\"}", "{\"a\" 1}")) {
            assertThatThrownBy(() -> FlatJson.parseObject(broken)).as(broken)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theServerAnnouncementReadsBackAndAnotherServersIsLeftInPlace(@TempDir Path dataDir) throws Exception {
        RunningServer self = new RunningServer(8123, ProcessHandle.current().pid());
        self.announce(dataDir);

        assertThat(RunningServer.of(dataDir)).contains(self);
        new RunningServer(9999, self.pid()).withdraw(dataDir);
        assertThat(dataDir.resolve(RunningServer.FILE)).exists();
        self.withdraw(dataDir);
        assertThat(dataDir.resolve(RunningServer.FILE)).doesNotExist();
    }

    @Test
    void anAnnouncementOfAProcessThatIsGoneOrUnreadableIsIgnored(@TempDir Path dataDir) throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        ended.waitFor();
        new RunningServer(8123, ended.pid()).announce(dataDir);
        assertThat(RunningServer.of(dataDir)).isEmpty();

        java.nio.file.Files.writeString(dataDir.resolve(RunningServer.FILE), "{\"port\":\"8123\"}");
        assertThat(RunningServer.of(dataDir)).isEmpty();
    }
}
