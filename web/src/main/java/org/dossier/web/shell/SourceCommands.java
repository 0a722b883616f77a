package org.dossier.web.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dossier.assistant.UserInputException;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.IndexingService;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The folders Dossier indexes: {@code sources list}, {@code sources add}, {@code sources remove}. */
@Component
public record SourceCommands(IndexingService indexing, DocumentCatalog catalog, TextRenderer text, JsonMapper json) {

    /** A source as listed. */
    record Source(String path, List<String> includes, List<String> excludes) {
    }

    @Command(name = {"sources", "list"}, group = "Sources", description = "List the folders Dossier indexes.")
    public String list(@Option(longName = "json", description = "print JSON") boolean asJson) {
        List<Source> sources = catalog.sources().stream()
                .map(s -> new Source(s.path().toString(), s.includes(), s.excludes())).toList();
        if (asJson) {
            return json.writeValueAsString(sources);
        }
        if (sources.isEmpty()) {
            return "No sources yet — add one with: sources add <folder>";
        }
        StringBuilder out = new StringBuilder();
        for (Source source : sources) {
            out.append(source.path());
            if (!source.includes().isEmpty()) {
                out.append("  include ").append(String.join(", ", source.includes()));
            }
            if (!source.excludes().isEmpty()) {
                out.append("  exclude ").append(String.join(", ", source.excludes()));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    @Command(name = {"sources", "add"}, group = "Sources", completionProvider = "folderCompletion",
            description = "Add a folder (or change its patterns) and index it. Patterns are globs on paths inside it.")
    public String add(@Argument(index = 0, description = "the folder") String folder,
                      @Option(longName = "include", description = "only files matching these globs, comma-separated")
                      String include,
                      @Option(longName = "exclude", description = "never files matching these globs, comma-separated")
                      String exclude) {
        Path path = Path.of(required(folder));
        if (!Files.isDirectory(path)) {
            throw new UserInputException("folder not found: " + path.toAbsolutePath());
        }
        return text.report(indexing.addSource(path, globs(include), globs(exclude)));
    }

    @Command(name = {"sources", "remove"}, group = "Sources",
            description = "Remove a folder and everything indexed from it; the folder itself is not touched.")
    public String remove(@Argument(index = 0, description = "the folder") String folder) {
        try {
            int files = indexing.removeSource(Path.of(required(folder)));
            return "Removed %s and its %d files from Dossier; the folder itself is untouched.".formatted(folder, files);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static String required(String folder) {
        if (folder == null || folder.isBlank()) {
            throw new UserInputException("which folder? e.g. sources add ~/Documents/leak");
        }
        return folder;
    }

    private static List<String> globs(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(glob -> !glob.isEmpty()).toList();
    }
}
