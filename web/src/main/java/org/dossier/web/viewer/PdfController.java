package org.dossier.web.viewer;

import java.nio.charset.StandardCharsets;
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
 * A PDF's bytes for the viewer's page view, which PDF.js fetches by document id: only a document the catalog recorded
 * as a PDF file of its own, and only while the file is unchanged since indexing (as {@code /original}). PDF.js reads
 * the bytes with {@code fetch()}, which ignores how a browser would show them; a browser sent here directly gets a
 * download, never its own PDF viewer, and a sandbox in which nothing runs, loads or frames.
 */
@Controller
class PdfController {

    private final DocumentCatalog catalog;
    private final OriginalFiles originals;

    PdfController(DocumentCatalog catalog, OriginalFiles originals) {
        this.catalog = catalog;
        this.originals = originals;
    }

    @GetMapping("/documents/{id}/pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable long id) {
        DocumentRecord document = catalog.find(id).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No document " + id + " in the catalog."));
        if (!PdfPages.renderable(document)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Document " + id + " is not a PDF file of its "
                    + "own: its pages are not served; download it from /documents/" + id + "/original.");
        }
        OriginalFile original;
        try {
            original = originals.open(id);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No document " + id + " in the catalog.");
        } catch (OriginalUnavailableException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(original.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(original.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .body(original.content()::copyTo);
    }
}
