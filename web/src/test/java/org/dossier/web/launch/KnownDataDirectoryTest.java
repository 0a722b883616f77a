package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data directory a one-shot client works out without Spring: Spring Boot's order for the plain cases, and no
 * answer (Spring decides) for anything Spring could read differently.
 */
class KnownDataDirectoryTest {

    @TempDir
    private Path work;
    @TempDir
    private Path home;
    @TempDir
    private Path jar;

    @Test
    void theCommandLineWinsOverTheSystemPropertyTheEnvironmentAndTheFiles() throws IOException {
        write(work.resolve("config/application.yml"), "dossier:\n  data-dir: /from/file\n");
        Properties system = system();
        system.setProperty("dossier.data-dir", "/from/property");

        assertThat(known(Map.of("DOSSIER_DATA_DIR", "/from/env"), system).of(new String[] {"--dossier.data-dir=/from/arg"}))
                .contains(Path.of("/from/arg"));
        assertThat(known(Map.of("DOSSIER_DATA_DIR", "/from/env"), system).of(new String[0]))
                .contains(Path.of("/from/property"));
        assertThat(known(Map.of("DOSSIER_DATA_DIR", "/from/env"), system()).of(new String[0]))
                .contains(Path.of("/from/env"));
        assertThat(known(Map.of(), system()).of(new String[0])).contains(Path.of("/from/file"));
    }

    @Test
    void theProjectsOwnConfigurationResolvesToTheHomeFolder() throws IOException {
        write(work.resolve("config/application.yml"), Files.readString(Path.of(System.getProperty("dossier.config",
                "../config/application.yml"))));

        assertThat(known(Map.of(), system()).of(new String[0])).contains(home.resolve(".dossier"));
    }

    @Test
    void theFilesAreReadInSpringsOrderOutsideTheJarFirstAndPropertiesBeforeYaml() throws IOException {
        write(jar.resolve("application.yml"), "dossier:\n  data-dir: /from/jar\n");
        assertThat(known(Map.of(), system()).of(new String[0])).contains(Path.of("/from/jar"));

        write(work.resolve("application.yml"), "dossier.data-dir: /from/working-dir\n");
        assertThat(known(Map.of(), system()).of(new String[0])).contains(Path.of("/from/working-dir"));

        write(work.resolve("config/application.yml"), "other: 1\n");
        write(work.resolve("config/application.properties"), "dossier.data-dir=data\n");
        // relative, as Spring binds it: from the process's working directory
        assertThat(known(Map.of(), system()).of(new String[0])).contains(Path.of("data").toAbsolutePath());
    }

    @Test
    void withNoSettingAnywhereItIsDotDossierInTheHomeFolder() {
        assertThat(known(Map.of(), system()).of(new String[0])).contains(home.resolve(".dossier"));
    }

    @Test
    void whateverSpringCouldReadDifferentlyIsLeftToSpring() throws IOException {
        assertThat(known(Map.of("SPRING_PROFILES_ACTIVE", "work"), system()).of(new String[0])).isEmpty();
        assertThat(known(Map.of(), system()).of(new String[] {"--spring.config.location=/etc/dossier/"})).isEmpty();
        assertThat(known(Map.of("DOSSIER_DATA_DIR", "${SOMETHING_UNSET}/data"), system()).of(new String[0])).isEmpty();
        assertThat(known(Map.of("DOSSIER_DATA_DIR", "${unset:/default}"), system()).of(new String[0])).isEmpty();

        write(work.resolve("config/application.yml"), "dossier:\n  data-dir: /a\n---\nspring.config.activate.on-profile: x\n");
        assertThat(known(Map.of(), system()).of(new String[0])).isEmpty();
        write(work.resolve("config/application.yml"), "dossier:\n  data-dir: /a\n");
        write(work.resolve("config/application-work.yml"), "dossier:\n  data-dir: /b\n");
        assertThat(known(Map.of(), system()).of(new String[0])).isEmpty();
    }

    private KnownDataDirectory known(Map<String, String> environment, Properties system) {
        try {
            return new KnownDataDirectory(environment, system, work,
                    new URLClassLoader(new URL[] {jar.toUri().toURL()}, null));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties system() {
        Properties system = new Properties();
        system.setProperty("user.home", home.toString());
        return system;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
