package org.dossier.web.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dossier.indexer.IndexingService;
import org.dossier.web.status.TaskCancel;
import org.jspecify.annotations.Nullable;
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
record SourcesController(IndexingService indexing, TaskCancel tasks) {

    private static final Logger log = LoggerFactory.getLogger(SourcesController.class);

    @PostMapping("/library/sources")
    String add(@RequestParam("folder") String folder,
               @RequestParam(name = "include", defaultValue = "") String include,
               @RequestParam(name = "exclude", defaultValue = "") String exclude, RedirectAttributes flash) {
        Path path = folderPath(folder);
        if (path == null || !Files.isDirectory(path)) {
            flash.addFlashAttribute("error", "Folder not found: " + printable(folder));
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
        Path path = folderPath(folder);
        if (path == null) {
            flash.addFlashAttribute("error", "Not a source: " + printable(folder));
            return "redirect:/library";
        }
        try {
            int files = indexing.removeSource(path);
            flash.addFlashAttribute("message", "Removed " + folder + " (" + files + " files) from Dossier; the folder "
                    + "itself is untouched.");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/library";
    }

    @PostMapping("/library/cancel")
    String cancel(RedirectAttributes flash) {
        flash.addFlashAttribute("message", tasks.cancel());
        return "redirect:/library";
    }

    /** The folder a user typed, or null when it cannot be a path at all (empty, or with a NUL character). */
    private static @Nullable Path folderPath(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return Path.of(typed.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** What the user typed, as a message can show it: control characters shown as '?'. */
    private static String printable(String typed) {
        return typed.strip().replaceAll("\\p{Cntrl}", "?");
    }

    private static List<String> globs(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(glob -> !glob.isEmpty()).toList();
    }
}
