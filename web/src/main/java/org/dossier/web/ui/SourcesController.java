package org.dossier.web.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dossier.indexer.ingest.IndexingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and removing sources from the Library page. Adding returns at once and indexes in the background (the
 * page's live bar shows it); removing takes the source's documents out of the index and catalog, never touching
 * the folder.
 */
@Controller
class SourcesController {

    private static final Logger log = LoggerFactory.getLogger(SourcesController.class);

    private final IndexingService indexing;

    SourcesController(IndexingService indexing) {
        this.indexing = indexing;
    }

    @PostMapping("/library/sources")
    String add(@RequestParam("folder") String folder,
               @RequestParam(name = "include", defaultValue = "") String include,
               @RequestParam(name = "exclude", defaultValue = "") String exclude, RedirectAttributes flash) {
        Path path = Path.of(folder.strip());
        if (folder.isBlank() || !Files.isDirectory(path)) {
            flash.addFlashAttribute("error", "Folder not found: " + folder.strip());
            return "redirect:/library";
        }
        Thread.ofPlatform().daemon().name("add-source").start(() -> {
            try {
                indexing.addSource(path, globs(include), globs(exclude));
            } catch (RuntimeException e) {
                log.warn("Adding {} failed: {}", path, e.getMessage());
            }
        });
        flash.addFlashAttribute("message", "Added " + path.toAbsolutePath().normalize() + " — indexing now.");
        return "redirect:/library";
    }

    @PostMapping("/library/sources/remove")
    String remove(@RequestParam("folder") String folder, RedirectAttributes flash) {
        try {
            int files = indexing.removeSource(Path.of(folder));
            flash.addFlashAttribute("message", "Removed " + folder + " (" + files + " files) from Dossier; the folder "
                    + "itself is untouched.");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/library";
    }

    private static List<String> globs(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(glob -> !glob.isEmpty()).toList();
    }
}
