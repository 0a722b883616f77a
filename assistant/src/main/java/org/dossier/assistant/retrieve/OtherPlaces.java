package org.dossier.assistant.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dossier.assistant.Citation;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.Location;
import org.jspecify.annotations.Nullable;

/**
 * The other places of a document's content, named as a citation names a place: the same bytes recorded as a copy
 * (a file in another folder, an attachment, an archive entry), and the same file filed again whole (a mailbox in two
 * folders holds the message at both). Indexed once, the content is cited once, with every place it has.
 */
final class OtherPlaces {

    private final DocumentCatalog catalog;
    /** Copies of a document, read once per search however many of its passages are cited. */
    private final Map<Long, List<DocumentRecord>> copies = new HashMap<>();

    OtherPlaces(DocumentCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param placement where the document sits in its file
     * @param ancestors the document's containers by id, as far as the catalog holds them
     * @param load      the documents and their containers by id, for the copies' own places
     */
    List<String> of(DocumentRecord document, Placement placement, @Nullable Location location,
                    Map<Long, DocumentRecord> ancestors, Function<List<Long>, Map<Long, DocumentRecord>> load) {
        Set<String> places = new LinkedHashSet<>();
        List<DocumentRecord> direct = copiesOf(document.id());
        if (!direct.isEmpty()) {
            Map<Long, DocumentRecord> withTheirs = load.apply(direct.stream().map(DocumentRecord::id).toList());
            for (DocumentRecord copy : direct) {
                Placement there = Placement.of(copy, withTheirs);
                places.add(Citation.placeLabel(copy.path(), there.archivePath(),
                        there.message() == null ? null : Retriever.messageRef(there.message()), there.attachment(),
                        location));
            }
        }
        DocumentRecord file = fileOf(document, ancestors);
        if (file != null && file.id() != document.id()) {
            for (DocumentRecord copy : copiesOf(file.id())) {
                places.add(Citation.placeLabel(copy.path(), placement.archivePath(),
                        placement.message() == null ? null : Retriever.messageRef(placement.message()),
                        placement.attachment(), location));
            }
        }
        return new ArrayList<>(places);
    }

    private List<DocumentRecord> copiesOf(long id) {
        return copies.computeIfAbsent(id, catalog::copies);
    }

    /** The file a document is in (itself when it is one), or {@code null} if a container went meanwhile. */
    private static @Nullable DocumentRecord fileOf(DocumentRecord document, Map<Long, DocumentRecord> ancestors) {
        DocumentRecord at = document;
        while (at != null && at.parentId() != null) {
            at = ancestors.get(at.parentId());
        }
        return at;
    }
}
