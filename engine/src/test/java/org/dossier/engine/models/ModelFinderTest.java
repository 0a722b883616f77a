package org.dossier.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GGUF files are found where people keep them; the test's home is a temporary folder, never the real one. */
class ModelFinderTest {

    private static final String DIGEST = "a".repeat(64);

    @TempDir
    Path home;

    @Test
    void findsModelsInTheConfiguredFolderAndTheUsualPlacesEachOnce() throws Exception {
        // given
        Path mine = Files.createDirectories(home.resolve("work/llm"));
        write(mine.resolve("mine.gguf"));
        write(home.resolve("models/qwen/Qwen3-8B-Q4_K_M.gguf"));
        write(home.resolve(".lmstudio/models/lmstudio-community/gemma/gemma-4-26B-A4B-it-Q4_K_M.GGUF"));
        write(home.resolve(".cache/lm-studio/models/old/old.gguf"));
        write(home.resolve(".cache/llama.cpp/ggml-org_model.gguf"));
        write(home.resolve("models/notes.txt"));
        Files.createSymbolicLink(home.resolve("models/again.gguf"), home.resolve("models/qwen/Qwen3-8B-Q4_K_M.gguf"));

        // when
        List<FoundModel> found = new ModelFinder(List.of(mine), home, home.resolve(".ollama/models")).find();

        // then
        assertThat(found).extracting(model -> home.relativize(model.path()).toString()).containsExactly(
                "work/llm/mine.gguf", "models/again.gguf",
                ".lmstudio/models/lmstudio-community/gemma/gemma-4-26B-A4B-it-Q4_K_M.GGUF",
                ".cache/lm-studio/models/old/old.gguf", ".cache/llama.cpp/ggml-org_model.gguf");
        assertThat(found.getFirst().where()).isEqualTo(mine.toString());
    }

    @Test
    void findsOllamasModelsThroughTheirManifestsByName() throws Exception {
        // given Ollama's layout: a manifest per name and tag, blobs named by digest
        Path ollama = home.resolve(".ollama/models");
        write(ollama.resolve("blobs/sha256-" + DIGEST));
        write(ollama.resolve("blobs/sha256-" + "b".repeat(64))); // the template layer, not a model
        Path manifest = ollama.resolve("manifests/registry.ollama.ai/library/gemma3/4b");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, """
                {"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",
                 "config":{"mediaType":"application/vnd.docker.container.image.v1+json","digest":"sha256:%s","size":1},
                 "layers":[{"mediaType":"application/vnd.ollama.image.model","digest":"sha256:%s","size":3338792448},
                           {"mediaType":"application/vnd.ollama.image.template","digest":"sha256:%s","size":358}]}"""
                .formatted("c".repeat(64), DIGEST, "b".repeat(64)));

        // when
        List<FoundModel> found = new ModelFinder(List.of(), home, ollama).find();

        // then
        assertThat(found).containsExactly(new FoundModel(ollama.resolve("blobs/sha256-" + DIGEST), "Ollama gemma3:4b"));
    }

    @Test
    void aMachineWithoutAnyOfThePlacesHasNoModels() {
        assertThat(new ModelFinder(List.of(home.resolve("missing")), home, home.resolve(".ollama/models")).find())
                .isEmpty();
    }

    private static void write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "GGUF");
    }
}
