package org.dossier.web.status;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dossier.assistant.AssistantProperties;
import org.dossier.engine.DossierProperties;
import org.dossier.engine.EngineProperties;
import org.dossier.indexer.IndexerProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dossier's settings as they are in force (defaults, config file, environment and command line together), named as
 * in the config file; anything that looks like a secret (a key, token or password) is masked.
 */
@Component
public final class EffectiveConfiguration {

    private static final Pattern SECRET = Pattern.compile("(?i)(key|token|secret|password|credential)(?!.*(file|path))");
    static final String MASK = "•••••• (set, hidden)";

    /** One setting: its name as in the config file and its value as shown. */
    public record Setting(String name, String value) {
    }

    private final Map<String, Record> records;

    EffectiveConfiguration(DossierProperties dossier, EngineProperties engine, IndexerProperties indexer,
                           AssistantProperties assistant) {
        this.records = Map.of("dossier", dossier, "dossier.engine", engine, "dossier.indexer", indexer,
                "dossier.assistant", assistant);
    }

    public List<Setting> settings() {
        List<Setting> settings = new ArrayList<>();
        records.forEach((prefix, values) -> add(prefix, values, settings));
        settings.sort(java.util.Comparator.comparing(Setting::name));
        return settings;
    }

    private static void add(String prefix, Record values, List<Setting> out) {
        for (RecordComponent component : values.getClass().getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            Object value;
            try {
                value = component.getAccessor().invoke(values);
            } catch (ReflectiveOperationException e) {
                value = "(unreadable)";
            }
            if (value instanceof Record nested && !(value instanceof Enum<?>)) {
                add(name, nested, out);
            } else {
                out.add(new Setting(name, shown(component.getName(), value)));
            }
        }
    }

    static String shown(String name, @Nullable Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return "(not set)";
        }
        return SECRET.matcher(name).find() ? MASK : value.toString();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
