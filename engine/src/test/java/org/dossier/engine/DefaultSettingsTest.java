package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/**
 * The defaults live in the settings records ({@link EngineProperties}, {@link DossierProperties}); the project's
 * config/application.yml shows them to users. Changing one without the other fails here.
 */
class DefaultSettingsTest {

    /** The project's own file, as Dossier reads it from ./config when run from the project folder. */
    private static final Path APPLICATION_YML = Path.of("../config/application.yml");

    private final Properties yaml = load(APPLICATION_YML);
    private final Binder binder = binderOver(yaml);

    @Test
    void everyEngineValueInApplicationYmlIsTheDefaultOfEngineProperties() {
        EngineProperties fromYaml = binder.bind("dossier.engine", EngineProperties.class).get();

        assertThat(fromYaml).usingRecursiveComparison().isEqualTo(EngineProperties.DEFAULTS);
        assertThat(fromYaml).isEqualTo(new EngineProperties(null, null, null, null, null, null, 0, 0, null, null,
                null, null, null, null, null, null, null, null, null));
    }

    @Test
    void applicationYmlListsEveryEngineSettingAndNoOther() {
        Set<String> written = yaml.keySet().stream().map(String::valueOf)
                .filter(key -> key.startsWith("dossier.engine."))
                .map(key -> key.substring("dossier.engine.".length()))
                .collect(Collectors.toSet());

        assertThat(written).containsExactlyInAnyOrderElementsOf(Arrays.stream(
                EngineProperties.class.getRecordComponents()).map(component -> kebabCase(component.getName())).toList());
    }

    @Test
    void theDataDirectoryInApplicationYmlIsTheDefaultOfDossierProperties() {
        DossierProperties fromYaml = binder.bind("dossier", DossierProperties.class).get();

        assertThat(fromYaml).isEqualTo(new DossierProperties(null));
        assertThat(fromYaml.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".dossier"));
    }

    @Test
    void aSettingLeftUnsetTakesItsDefaultWhetherBoundOrMadeInCode() {
        Binder nothingConfigured = binderOver(new Properties());

        assertThat(nothingConfigured.bindOrCreate("dossier.engine", EngineProperties.class))
                .isEqualTo(EngineProperties.DEFAULTS);
        assertThat(EngineProperties.DEFAULTS.contextSize()).isEqualTo(8192);
        assertThat(EngineProperties.DEFAULTS.gpuLayers()).isEqualTo(99);
        assertThat(EngineProperties.DEFAULTS.embedding()).isEqualTo(EngineProperties.Embedding.BUNDLED);
        assertThat(EngineProperties.DEFAULTS.runtime()).isEqualTo(EngineProperties.Runtime.NONE);
    }

    private static Properties load(Path file) {
        assertThat(Files.isRegularFile(file)).as("%s exists", file.toAbsolutePath().normalize()).isTrue();
        YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
        factory.setResources(new FileSystemResource(file));
        return factory.getObject();
    }

    /** Over the file's values and the JVM's system properties, for placeholders such as ${user.home}. */
    private static Binder binderOver(Properties properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new PropertiesPropertySource("application.yml", properties));
        return Binder.get(environment);
    }

    private static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
