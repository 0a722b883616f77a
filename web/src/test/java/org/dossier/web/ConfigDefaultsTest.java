package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.assistant.AssistantProperties;
import org.dossier.engine.EngineProperties;
import org.dossier.indexer.IndexerProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/**
 * The defaults live in the settings records ({@code @DefaultValue}); {@code config/application.yml} shows the same
 * values to the user. Every setting of {@code dossier.assistant} and {@code dossier.indexer} is in the file, set to
 * its default or, where the launcher sets it for one-shot runs, named in a comment ({@code # watch: true}).
 */
class ConfigDefaultsTest {

    private static final Path CONFIG = Path.of(System.getProperty("dossier.config", "../config/application.yml"));

    @Test
    void everyAssistantSettingInTheConfigFileIsTheRecordsDefault() throws IOException {
        assertThat(differences("dossier.assistant", AssistantProperties.defaults(), Files.readString(CONFIG)))
                .isEmpty();
    }

    @Test
    void everyIndexerSettingInTheConfigFileIsTheRecordsDefault() throws IOException {
        assertThat(differences("dossier.indexer", IndexerProperties.defaults(), Files.readString(CONFIG))).isEmpty();
    }

    @Test
    void everyEngineSettingInTheConfigFileIsTheRecordsDefault() throws IOException {
        assertThat(differences("dossier.engine", EngineProperties.DEFAULTS, Files.readString(CONFIG))).isEmpty();
    }

    @Test
    void theHomeFolderScanSettingIsInTheFileAndADifferentValueThereIsReported() throws IOException {
        String yaml = Files.readString(CONFIG).replace("scan-usual-places: true", "scan-usual-places: false");

        assertThat(differences("dossier.engine", EngineProperties.DEFAULTS, yaml)).containsExactly(
                "dossier.engine.scan-usual-places: false in the file, true in EngineProperties");
    }

    @Test
    void aDefaultChangedInTheFileAloneIsReported() throws IOException {
        String yaml = Files.readString(CONFIG).replace("passage-max-chars: 1200", "passage-max-chars: 1000")
                .replace("# watch: true", "# watch: false");

        assertThat(differences("dossier.indexer", IndexerProperties.defaults(), yaml)).containsExactly(
                "dossier.indexer.passage-max-chars: 1000 in the file, 1200 in IndexerProperties",
                "dossier.indexer.watch: false in the file, true in IndexerProperties");
    }

    /** As if IndexerProperties had changed its defaults, or gained a setting, without the file. */
    record ChangedIndexerProperties(@DefaultValue("1000") int passageMaxChars, @DefaultValue("9") int newSetting) {
    }

    @Test
    void aDefaultChangedInTheRecordAloneOrASettingMissingFromTheFileIsReported() throws IOException {
        var changed = new Binder().bindOrCreate("dossier.indexer", ChangedIndexerProperties.class);

        assertThat(differences("dossier.indexer", changed, Files.readString(CONFIG))).containsExactly(
                "dossier.indexer.passage-max-chars: 1200 in the file, 1000 in ChangedIndexerProperties",
                "dossier.indexer.new-setting: not in the file");
    }

    /** Each setting of {@code defaults}' record whose value in {@code yaml} (set, or named in a comment) differs. */
    private static List<String> differences(String prefix, Record defaults, String yaml) throws IOException {
        List<PropertySource<?>> file = new YamlPropertySourceLoader().load("config/application.yml",
                new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
        Record configured = new Binder(ConfigurationPropertySources.from(file)).bindOrCreate(prefix, defaults.getClass());
        List<String> differences = new ArrayList<>();
        for (RecordComponent component : defaults.getClass().getRecordComponents()) {
            String key = prefix + "." + DataObjectPropertyName.toDashedForm(component.getName());
            Object inFile;
            if (file.stream().anyMatch(source -> source.containsProperty(key))) {
                inFile = value(component, configured);
            } else {
                String commented = commentedValue(yaml, key);
                if (commented == null) {
                    differences.add(key + ": not in the file");
                    continue;
                }
                inFile = value(component, new Binder(new MapConfigurationPropertySource(Map.of(key, commented)))
                        .bindOrCreate(prefix, defaults.getClass()));
            }
            Object byDefault = value(component, defaults);
            if (!Objects.equals(inFile, byDefault)) {
                differences.add("%s: %s in the file, %s in %s".formatted(key, inFile, byDefault,
                        defaults.getClass().getSimpleName()));
            }
        }
        return differences;
    }

    /** The value of a line {@code # name: value} within the key's section, or null when there is none. */
    private static String commentedValue(String yaml, String key) {
        String[] path = key.split("\\.");
        int depth = 0;
        for (String line : yaml.split("\n")) {
            String indent = "  ".repeat(depth);
            if (depth < path.length - 1 && line.equals(indent + path[depth] + ":")) {
                depth++;
            } else if (depth == path.length - 1) {
                if (!line.isBlank() && !line.startsWith(indent)) {
                    return null; // the section ended
                }
                Matcher commented = Pattern.compile("\\s*#\\s*" + Pattern.quote(path[depth]) + ":\\s*(\\S.*)")
                        .matcher(line);
                if (commented.matches()) {
                    return commented.group(1).strip();
                }
            }
        }
        return null;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
