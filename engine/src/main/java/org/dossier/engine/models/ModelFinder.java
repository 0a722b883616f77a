package org.dossier.engine.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds GGUF files where people keep them: the folders configured, then {@code ~/models}, LM Studio's
 * ({@code ~/.lmstudio/models}, formerly {@code ~/.cache/lm-studio/models}), llama.cpp's download cache
 * ({@code ~/.cache/llama.cpp}), and Ollama's models, whose files are blobs named by digest: its manifests
 * ({@code manifests/<registry>/<namespace>/<model>/<tag>}) say which blob is which model. Only reads folders.
 */
public final class ModelFinder {

    private static final int DEPTH = 8;
    private static final String OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Path> folders;
    private final @Nullable Path ollamaModels;

    /**
     * @param configured   folders the user named (dossier.engine.model-folders), searched first
     * @param home         the home directory the usual places are under
     * @param ollamaModels Ollama's models folder ({@code OLLAMA_MODELS}, else {@code ~/.ollama/models})
     */
    public ModelFinder(List<Path> configured, Path home, Path ollamaModels) {
        List<Path> all = new ArrayList<>(configured);
        all.addAll(List.of(home.resolve("models"), home.resolve(".lmstudio/models"),
                home.resolve(".cache/lm-studio/models"), home.resolve(".cache/llama.cpp")));
        this.folders = List.copyOf(all);
        this.ollamaModels = ollamaModels;
    }

    private ModelFinder(List<Path> folders) {
        this.folders = List.copyOf(folders);
        this.ollamaModels = null;
    }

    /** The configured folders alone ({@code dossier.engine.scan-usual-places: false}): nothing in the home folder. */
    public static ModelFinder onlyConfigured(List<Path> configured) {
        return new ModelFinder(configured);
    }

    /** This user's places, with Ollama's folder where {@code OLLAMA_MODELS} puts it. */
    public static ModelFinder forThisUser(List<Path> configured) {
        Path home = Path.of(System.getProperty("user.home"));
        String ollama = System.getenv("OLLAMA_MODELS");
        return new ModelFinder(configured, home, ollama == null || ollama.isBlank()
                ? home.resolve(".ollama/models") : Path.of(ollama));
    }

    /** Each file once (by its real path), in the order of the places above, sorted by name within one. */
    public List<FoundModel> find() {
        Map<Path, FoundModel> found = new LinkedHashMap<>();
        for (Path folder : folders) {
            for (Path file : ggufFilesUnder(folder)) {
                found.putIfAbsent(realPath(file), new FoundModel(file, folder.toString()));
            }
        }
        for (FoundModel blob : ollamaBlobs()) {
            found.putIfAbsent(realPath(blob.path()), blob);
        }
        return List.copyOf(found.values());
    }

    private static List<Path> ggufFilesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, DEPTH)) {
            return files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gguf"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // a folder that cannot be read holds nothing we can show
        }
    }

    private List<FoundModel> ollamaBlobs() {
        if (ollamaModels == null) {
            return List.of();
        }
        Path manifests = ollamaModels.resolve("manifests");
        if (!Files.isDirectory(manifests)) {
            return List.of();
        }
        List<FoundModel> blobs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(manifests, 6)) {
            for (Path manifest : files.filter(Files::isRegularFile).sorted().toList()) {
                Path blob = modelBlob(manifest);
                if (blob != null && Files.isRegularFile(blob)) {
                    blobs.add(new FoundModel(blob, "Ollama " + ollamaName(manifests.relativize(manifest))));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return blobs;
        }
        return blobs;
    }

    private @Nullable Path modelBlob(Path manifest) {
        try {
            Manifest read = JSON.readValue(Files.readString(manifest), Manifest.class);
            if (read.layers() == null) {
                return null;
            }
            return read.layers().stream().filter(layer -> OLLAMA_MODEL_LAYER.equals(layer.mediaType()))
                    .filter(layer -> layer.digest() != null && layer.digest().matches("sha256:[0-9a-f]{64}"))
                    .map(layer -> ollamaModels.resolve("blobs").resolve(layer.digest().replace(':', '-')))
                    .findFirst().orElse(null);
        } catch (IOException | JacksonException e) {
            return null; // not a manifest
        }
    }

    /** {@code registry.ollama.ai/library/gemma3/4b} → {@code gemma3:4b}; other namespaces keep their name. */
    private static String ollamaName(Path relative) {
        int count = relative.getNameCount();
        if (count < 2) {
            return relative.toString();
        }
        String model = relative.getName(count - 2) + ":" + relative.getName(count - 1);
        boolean library = count == 4 && relative.getName(1).toString().equals("library");
        return library || count < 3 ? model : relative.getName(count - 3) + "/" + model;
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Manifest(@Nullable List<Layer> layers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Layer(@Nullable String mediaType, @Nullable String digest) {
    }
}
