package org.dossier.assistant.retrieve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.DocumentRecord;
import org.jspecify.annotations.Nullable;

/**
 * Where a document sits inside its file, as a citation names it: the path through any archives
 * ({@code /deep/inner.zip!/docs/b.txt}), the message it is or belongs to, and the attachment it is in.
 */
record Placement(@Nullable String archivePath, @Nullable DocumentRecord message, @Nullable String attachment) {

    /**
     * @param documents the document and all its ancestors by id; an ancestor missing from it (removed meanwhile)
     *                  ends the chain there
     */
    static Placement of(DocumentRecord document, Map<Long, DocumentRecord> documents) {
        List<DocumentRecord> chain = chain(document, documents);
        int message = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).isMessage()) {
                message = i;
            }
        }
        if (message < 0) {
            return new Placement(path(chain, 1, chain.size()), null, null);
        }
        // An archive holding a mailbox: leak.zip!/mail/inbox.mbox — message …
        String archivePath = path(chain, 1, message);
        String attachment = null;
        if (message + 1 < chain.size()) {
            DocumentRecord attached = chain.get(message + 1);
            String inside = path(chain, message + 2, chain.size());
            attachment = name(attached, chain.get(message)) + (inside == null ? "" : "!" + inside);
        }
        return new Placement(archivePath, chain.get(message), attachment);
    }

    /** From the file down to the document. */
    private static List<DocumentRecord> chain(DocumentRecord document, Map<Long, DocumentRecord> documents) {
        List<DocumentRecord> chain = new ArrayList<>();
        DocumentRecord at = document;
        while (at != null) {
            chain.add(at);
            at = at.parentId() == null ? null : documents.get(at.parentId());
        }
        Collections.reverse(chain);
        return chain;
    }

    /** Each level's path inside the one above, levels {@code from} (inclusive) to {@code to} joined by "!". */
    private static @Nullable String path(List<DocumentRecord> chain, int from, int to) {
        if (from >= to) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (int i = from; i < to; i++) {
            path.append(i == from ? "" : "!").append(inside(chain.get(i - 1), chain.get(i)));
        }
        return path.toString();
    }

    private static String inside(DocumentRecord container, DocumentRecord document) {
        String entry = document.entry();
        return entry.startsWith(container.entry()) ? entry.substring(container.entry().length()) : entry;
    }

    /** An attachment by its own name: its title, else the last part of its path. */
    private static String name(DocumentRecord attachment, DocumentRecord message) {
        if (attachment.title() != null && !attachment.title().isBlank()) {
            return attachment.title();
        }
        String inside = inside(message, attachment);
        return inside.substring(inside.lastIndexOf('/') + 1);
    }
}
