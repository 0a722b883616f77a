package org.dossier.web.viewer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.OriginalFile;
import org.dossier.indexer.OriginalFiles;
import org.dossier.indexer.OriginalUnavailableException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A document's original bytes, by document id, only while the file is unchanged since indexing, and served so that
 * no browser runs them: whatever the bytes are, nothing in them runs, loads or frames (a sandbox with nothing
 * allowed). As they are ({@code /original}: a raster image inline, anything else a download), or a PDF's for the
 * viewer's page view ({@code /pdf}, which PDF.js fetches: only a document the catalog recorded as a PDF file of its
 * own). PDF.js reads the bytes with {@code fetch()}, which ignores how a browser would show them; a browser sent
 * there directly gets a download, never its own PDF viewer.
 */
@Controller
record OriginalController(DocumentCatalog catalog, OriginalFiles originals) {

    @GetMapping("/documents/{id}/original")
    ResponseEntity<StreamingResponseBody> original(@PathVariable long id) {
        OriginalFile original = open(id);
        String type = original.mediaType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean inline = DocumentController.SAFE_INLINE.contains(type);
        return sandboxed(original, inline ? MediaType.parseMediaType(type) : MediaType.APPLICATION_OCTET_STREAM,
                inline ? ContentDisposition.inline() : ContentDisposition.attachment());
    }

    @GetMapping("/documents/{id}/pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable long id) {
        DocumentRecord document = catalog.find(id).orElseThrow(() -> DocumentController.notFound(id));
        if (!PdfPages.renderable(document)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Document " + id + " is not a PDF file of its "
                    + "own: its pages are not served; download it from /documents/" + id + "/original.");
        }
        return sandboxed(open(id), MediaType.APPLICATION_PDF, ContentDisposition.attachment());
    }

    private OriginalFile open(long id) {
        try {
            return originals.open(id);
        } catch (NoSuchElementException e) {
            throw DocumentController.notFound(id);
        } catch (OriginalUnavailableException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private static ResponseEntity<StreamingResponseBody> sandboxed(OriginalFile original, MediaType type,
                                                                   ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(original.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(original.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .body(original.content()::copyTo);
    }
}
