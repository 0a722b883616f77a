package org.dossier.web.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.stream.Stream;

import org.dossier.engine.DossierProperties;
import org.dossier.engine.EngineProperties;
import org.dossier.engine.ModelFile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The status page: the model, the embeddings, the index and catalog on disk, the settings, the privacy check. */
@Controller
record StatusPageController(StatusService status, EffectiveConfiguration configuration, PrivacyCheck privacy,
                            DossierProperties dossier, EngineProperties engine, ChatModelDigest digest) {

    @GetMapping("/status")
    String page(Model model) {
        model.addAttribute("status", status.status());
        model.addAttribute("settings", configuration.settings());
        model.addAttribute("checks", privacy.run());
        model.addAttribute("indexSize", size(dossier.indexDir()));
        model.addAttribute("catalogSize", size(dossier.dataDir().resolve("catalog")));
        model.addAttribute("runtime", engine.runtime() == null ? "(chosen from the other settings)"
                : engine.runtime().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        model.addAttribute("endpoint", engine.baseUrl() == null ? null : engine.baseUrl().toString());
        if (engine.chatModel() != null) {
            try {
                model.addAttribute("modelFile", ModelFile.read(engine.chatModel()));
                model.addAttribute("digest", digest.state());
            } catch (RuntimeException e) {
                model.addAttribute("modelProblem", e.getMessage());
            }
        }
        return "status";
    }

    /** The model's SHA-256 alone, which the page asks for again while it is being computed; reads only. */
    @GetMapping("/status/model-sha256")
    String modelSha256(Model model) {
        model.addAttribute("digest", digest.state());
        return "status :: model-sha256";
    }

    /** Bytes on disk under a folder, as a person reads them. */
    static String size(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "none yet";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.readAttributes(file, BasicFileAttributes.class).size();
                } catch (IOException e) {
                    return 0; // removed meanwhile (a merge)
                }
            }).sum();
            return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                    : String.format(Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
        } catch (IOException | UncheckedIOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
