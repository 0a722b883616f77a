package org.dossier.web.status;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.DossierProperties;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.EmbeddingStage;
import org.dossier.indexer.IndexProgress;
import org.dossier.indexer.IndexingService;
import org.dossier.indexer.PassageSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gathers {@link Status} from the catalog, the index and the engine. */
@Component
public final class StatusService {

    private static final int NOT_INDEXED_SHOWN = 100;
    private static final int RUNS_SHOWN = 5;

    private final DocumentCatalog catalog;
    private final PassageSearch index;
    private final ChatEngine chatEngine;
    private final DossierProperties dossier;
    private final @Nullable EmbeddingStage embedding;
    private final IndexingService indexing;

    StatusService(DocumentCatalog catalog, PassageSearch index, ChatEngine chatEngine, DossierProperties dossier,
                  ObjectProvider<EmbeddingStage> embedding, IndexingService indexing) {
        this.indexing = indexing;
        this.catalog = catalog;
        this.index = index;
        this.chatEngine = chatEngine;
        this.dossier = dossier;
        this.embedding = embedding.getIfAvailable();
    }

    public Status status() {
        return new Status(
                dossier.dataDir().toString(),
                catalog.sources().stream().map(source -> source.path().toString()).toList(),
                catalog.counts(),
                index.passageCount(),
                chatEngine.status(),
                chatEngine.servedContext(),
                embedding == null ? null : embedding.progress(),
                catalog.notIndexed(NOT_INDEXED_SHOWN).stream()
                        .map(doc -> new Status.NotIndexed(doc.id(), doc.path(), doc.entry().isEmpty() ? null : doc.entry(),
                                doc.state().name(), doc.reason()))
                        .toList(),
                catalog.reasonCounts(),
                catalog.partlyIndexed(),
                indexing.paused(),
                lastRunStopped(),
                indexing.recentRuns(RUNS_SHOWN));
    }

    private @Nullable String lastRunStopped() {
        IndexProgress last = indexing.lastProgress();
        return last == null || !last.done() ? null : last.stopped();
    }
}
