package org.dossier.web.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.stream.Stream;

import org.dossier.engine.DossierProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The status page: the model, the embeddings, the index and catalog on disk, the settings, the privacy check. */
@Controller
class StatusPageController {

    private final StatusService status;
    private final EffectiveConfiguration configuration;
    private final PrivacyCheck privacy;
    private final DossierProperties dossier;

    StatusPageController(StatusService status, EffectiveConfiguration configuration, PrivacyCheck privacy,
                         DossierProperties dossier) {
        this.status = status;
        this.configuration = configuration;
        this.privacy = privacy;
        this.dossier = dossier;
    }

    @GetMapping("/status")
    String page(Model model) {
        model.addAttribute("status", status.status());
        model.addAttribute("settings", configuration.settings());
        model.addAttribute("checks", privacy.run());
        model.addAttribute("indexSize", size(dossier.indexDir()));
        model.addAttribute("catalogSize", size(dossier.dataDir().resolve("catalog")));
        return "status";
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
