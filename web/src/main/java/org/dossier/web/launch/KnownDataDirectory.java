package org.dossier.web.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The data directory a one-shot command would open, worked out before Spring starts — from the command line's
 * {@code --dossier.data-dir=…}, the system property, the environment and the configuration files, in Spring Boot's
 * order — so that a command for a running server is sent without starting Spring at all. It answers only for the
 * plain cases: whenever Spring could read the setting differently (profiles, {@code spring.config.*}, a placeholder
 * that is neither a system property nor an environment variable, several YAML documents), it answers nothing and
 * Spring's own reading of the configuration decides, as before.
 */
final class KnownDataDirectory {

    private static final String PROPERTY = "dossier.data-dir";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)}");
    private static final List<String> SPRING_CONFIG = List.of("spring.config.", "spring.profiles.",
            "spring.application.json");
    /** Spring's default locations, the one that wins first; in each, {@code .properties} wins over YAML. */
    private static final List<String> LOCATIONS = List.of("file:config/", "file:", "classpath:config/", "classpath:");
    private static final List<String> EXTENSIONS = List.of("properties", "yml", "yaml");

    private final Map<String, String> environment;
    private final Properties systemProperties;
    private final Path workingDirectory;
    private final ClassLoader classpath;

    KnownDataDirectory(Map<String, String> environment, Properties systemProperties, Path workingDirectory,
                       ClassLoader classpath) {
        this.environment = environment;
        this.systemProperties = systemProperties;
        this.workingDirectory = workingDirectory;
        this.classpath = classpath;
    }

    static KnownDataDirectory ofThisProcess() {
        return new KnownDataDirectory(System.getenv(), System.getProperties(), Path.of("").toAbsolutePath(),
                KnownDataDirectory.class.getClassLoader());
    }

    /** The data directory, when it can be known without Spring; empty when only Spring can tell. */
    Optional<Path> of(String[] springArguments) {
        try {
            // as DossierProperties makes it, without loading it: looking it up opens most jars of the class path
            return Optional.ofNullable(find(springArguments)).map(path -> path.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException unsure) {
            return Optional.empty();
        }
    }

    private Path find(String[] springArguments) throws IOException {
        String named = null;
        for (String argument : springArguments) {
            if (SPRING_CONFIG.stream().anyMatch(prefix -> argument.startsWith("--" + prefix))) {
                return null;
            }
            if (argument.startsWith("--" + PROPERTY + "=")) {
                named = argument.substring(PROPERTY.length() + 3);
            }
        }
        for (String name : systemProperties.stringPropertyNames()) {
            if (SPRING_CONFIG.stream().anyMatch(name::startsWith)) {
                return null;
            }
        }
        for (String name : environment.keySet()) {
            if (name.startsWith("SPRING_CONFIG_") || name.startsWith("SPRING_PROFILES_")
                    || name.equals("SPRING_APPLICATION_JSON")) {
                return null;
            }
        }
        if (named == null) {
            named = systemProperties.getProperty(PROPERTY);
        }
        if (named == null) {
            named = environment.getOrDefault("DOSSIER_DATA_DIR", environment.get("DOSSIER_DATADIR"));
        }
        if (named == null) {
            refuseProfileFiles();
            named = fromConfigurationFiles();
        }
        if (named == null) {
            return Path.of(systemProperties.getProperty("user.home"), ".dossier"); // DossierProperties' default
        }
        String resolved = resolvePlaceholders(named);
        return resolved == null || resolved.isBlank() ? null : Path.of(resolved);
    }

    /** The setting from the first configuration file that has it; throws when a file cannot be read plainly. */
    private String fromConfigurationFiles() throws IOException {
        for (String location : LOCATIONS) {
            for (String extension : EXTENSIONS) {
                String text = read(location + "application." + extension);
                if (text == null) {
                    continue;
                }
                String value = extension.equals("properties") ? fromProperties(text) : fromYaml(text);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /** {@code application-<profile>.yml} beside the configuration: which apply is Spring's to say. */
    private void refuseProfileFiles() throws IOException {
        for (Path folder : List.of(workingDirectory.resolve("config"), workingDirectory)) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    if (files.anyMatch(file -> file.getFileName().toString().startsWith("application-"))) {
                        throw new IllegalStateException("profile-specific configuration in " + folder);
                    }
                }
            }
        }
    }

    private String read(String resource) throws IOException {
        if (resource.startsWith("file:")) {
            Path file = workingDirectory.resolve(resource.substring("file:".length()));
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        }
        try (InputStream in = classpath.getResourceAsStream(resource.substring("classpath:".length()))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fromProperties(String text) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        }
        refuseSpringConfig(properties.stringPropertyNames());
        return properties.getProperty(PROPERTY);
    }

    private static String fromYaml(String text) {
        List<Object> documents = new ArrayList<>();
        new Yaml(new LoaderOptions()).loadAll(text).forEach(documents::add);
        documents.removeIf(java.util.Objects::isNull);
        if (documents.isEmpty()) {
            return null;
        }
        if (documents.size() > 1 || !(documents.getFirst() instanceof Map<?, ?> root)) {
            throw new IllegalStateException("several YAML documents: Spring decides which apply");
        }
        refuseSpringConfig(root.keySet().stream().map(String::valueOf).toList());
        if (root.get("spring") instanceof Map<?, ?> spring
                && (spring.containsKey("config") || spring.containsKey("profiles"))) {
            throw new IllegalStateException("spring.config or spring.profiles in the configuration");
        }
        Object flat = root.get(PROPERTY);
        if (flat != null) {
            return flat.toString();
        }
        if (root.get("dossier") instanceof Map<?, ?> dossier) {
            Object value = dossier.containsKey("data-dir") ? dossier.get("data-dir") : dossier.get("dataDir");
            return value == null ? null : value.toString();
        }
        return null;
    }

    private static void refuseSpringConfig(java.util.Collection<String> names) {
        if (names.stream().anyMatch(name -> SPRING_CONFIG.stream().anyMatch(name::startsWith))) {
            throw new IllegalStateException("spring.config or spring.profiles in the configuration");
        }
    }

    /** {@code ${name}} from the system properties or the environment; {@code null} when one is neither. */
    private String resolvePlaceholders(String value) {
        UnaryOperator<String> lookup = name -> systemProperties.getProperty(name,
                environment.getOrDefault(name, environment.get(name.toUpperCase(java.util.Locale.ROOT)
                        .replace('.', '_').replace('-', '_'))));
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String found = lookup.apply(matcher.group(1));
            if (found == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(found));
        }
        matcher.appendTail(out);
        return out.toString().contains("${") ? null : out.toString();
    }
}
