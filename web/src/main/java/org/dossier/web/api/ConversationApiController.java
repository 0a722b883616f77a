package org.dossier.web.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dossier.assistant.Conversation;
import org.dossier.assistant.ConversationStore;
import org.dossier.assistant.ConversationSummary;
import org.dossier.assistant.MarkdownExport;
import org.dossier.assistant.NoSuchConversationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The stored conversations as JSON, and one as a Markdown download. Questions are asked through {@code /api/ask}. */
@RestController
@RequestMapping("/api/conversations")
class ConversationApiController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final ConversationStore store;
    private final MarkdownExport markdown;

    ConversationApiController(ConversationStore store, MarkdownExport markdown) {
        this.store = store;
        this.markdown = markdown;
    }

    @GetMapping
    List<ConversationSummary> list() {
        return store.list();
    }

    @GetMapping("/{id}")
    Conversation get(@PathVariable long id) {
        return store.get(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!store.delete(id)) {
            throw new NoSuchConversationException(id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/export")
    ResponseEntity<String> export(@PathVariable long id) {
        // the viewer's address as this request reached Dossier (its Host is one of Dossier's own: the allow-list)
        String document = markdown.export(store.get(id),
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        return ResponseEntity.ok()
                .contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dossier-conversation-" + id + ".md").build().toString())
                .body(document);
    }
}
