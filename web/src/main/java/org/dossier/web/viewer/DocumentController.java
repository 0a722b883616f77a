package org.dossier.web.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentSearch;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.PassageSearch;
import org.dossier.indexer.SearchFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The source viewer: a document of the catalog by its id (never by a path), with its extracted text and the cited
 * passage marked ({@code ?start=&end=}, the citation's offsets), its metadata, a message's headers, attachments and
 * thread. Its original bytes are {@link OriginalController}'s.
 */
@Controller
record DocumentController(DocumentCatalog catalog, DocumentSearch search, PassageSearch passages) {

    /** Raster images a browser only decodes and shows: the one kind of original shown inline. */
    static final Set<String> SAFE_INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp");
    /** A file the catalog has no type for (skipped: no text) whose name says it is a raster image. */
    private static final java.util.regex.Pattern RASTER_NAME = java.util.regex.Pattern.compile(
            "\\.(png|jpe?g|gif|webp|bmp)$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Messages shown as a thread at most. */
    private static final int THREAD_PASSAGES = 2000;

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) @Nullable Integer start,
                @RequestParam(required = false) @Nullable Integer end, Model model) {
        DocumentRecord document = catalog.find(id).orElseThrow(() -> notFound(id));
        DocumentRecord file = fileOf(document);
        model.addAttribute("doc", document);
        model.addAttribute("source", catalog.findSource(document.sourceId()).map(s -> s.path().toString())
                .orElse("(removed)"));
        model.addAttribute("parent", document.parentId() == null ? null
                : catalog.find(document.parentId()).orElse(null));
        model.addAttribute("children", catalog.children(id));
        model.addAttribute("thread", thread(document));
        // a copy's text is its original's (indexed once); every other place of the content is listed
        long textId = catalog.originalOf(id).orElse(id);
        List<DocumentRecord> places = new ArrayList<>(catalog.copies(textId));
        places.removeIf(place -> place.id() == id);
        if (textId != id) {
            catalog.find(textId).ifPresent(original -> places.addFirst(original));
        }
        model.addAttribute("otherPlaces", places);
        List<PassageHit> documentPassages = search.passagesOf(textId);
        model.addAttribute("text", DocumentText.of(documentPassages, catalog.quotedText(textId), start, end));
        model.addAttribute("pdfPage", PdfPages.firstPage(document, documentPassages, start, end));
        model.addAttribute("fileId", file.id());
        model.addAttribute("folder", document.path().contains("/")
                ? document.path().substring(0, document.path().lastIndexOf('/')) : "(top folder)");
        model.addAttribute("inlineImage", document.entry().isEmpty() && (SAFE_INLINE.contains(baseType(document))
                || document.mediaType() == null && RASTER_NAME.matcher(document.path()).find()));
        model.addAttribute("size", humanSize(document.sizeBytes()));
        return "document";
    }

    /** The file a document is in: itself, or the file its message or attachment lies in. */
    private DocumentRecord fileOf(DocumentRecord document) {
        DocumentRecord at = document;
        for (int depth = 0; !at.entry().isEmpty() && at.parentId() != null && depth < 64; depth++) {
            Optional<DocumentRecord> parent = catalog.find(at.parentId());
            if (parent.isEmpty()) {
                break;
            }
            at = parent.get();
        }
        return at;
    }

    /** The messages of a message's conversation, oldest first; empty when it stands alone or is no message. */
    private List<DocumentRecord> thread(DocumentRecord document) {
        MailHeaders mail = document.mail();
        if (mail == null) {
            return List.of();
        }
        String root = !mail.references().isEmpty() ? mail.references().getFirst()
                : mail.inReplyTo() != null ? mail.inReplyTo() : mail.messageId();
        if (root == null) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (PassageHit hit : passages.search("", null, SearchFilter.NONE.withThread(root), THREAD_PASSAGES)) {
            ids.add(hit.documentId());
        }
        ids.add(document.id());
        List<DocumentRecord> messages = new ArrayList<>(catalog.findAll(ids));
        if (messages.size() < 2) {
            return List.of();
        }
        messages.sort(Comparator.comparing((DocumentRecord m) -> m.sentAt() == null ? m.modifiedAt() : m.sentAt())
                .thenComparingLong(DocumentRecord::id));
        return messages;
    }

    static String baseType(DocumentRecord document) {
        return document.mediaType() == null ? "" : document.mediaType().split(";", 2)[0].strip()
                .toLowerCase(Locale.ROOT);
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kib = bytes / 1024.0;
        return kib < 1024 ? String.format(Locale.ROOT, "%.1f KiB (%d bytes)", kib, bytes)
                : String.format(Locale.ROOT, "%.1f MiB (%d bytes)", kib / 1024, bytes);
    }

    static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No document " + id + " in the catalog.");
    }
}
