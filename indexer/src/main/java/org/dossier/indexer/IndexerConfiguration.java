package org.dossier.indexer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.dossier.engine.DossierProperties;
import org.dossier.engine.EmbeddingEngine;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.CatalogSchema;
import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.catalog.RunLog;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.embed.BackgroundEmbedding;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.ingest.IndexRecovery;
import org.dossier.indexer.internal.ingest.SourceIndexing;
import org.dossier.indexer.internal.ingest.SourceOriginals;
import org.dossier.indexer.internal.isolate.ExtractorSettings;
import org.dossier.indexer.internal.isolate.IsolatedExtractor;
import org.dossier.indexer.internal.isolate.SizeLimitedExtractor;
import org.dossier.indexer.internal.search.LuceneDocumentSearch;
import org.dossier.indexer.internal.search.LucenePassageSearch;
import org.dossier.indexer.internal.space.DiskSpaceGuard;
import org.dossier.indexer.internal.space.FreeSpaceProbe;
import org.dossier.indexer.internal.watch.FolderWatcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The indexer's long-lived parts: one catalog, one index writer, one extractor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndexerProperties.class)
public class IndexerConfiguration {

    private static final String PDFBOX_FONT_CACHE = "pdfbox.fontcache";
    /** How often paused work looks at free space again: soon enough to feel immediate once space is freed. */
    private static final Duration RECHECK_SPACE = Duration.ofSeconds(2);
    /** Same condition as the engine's embedding model bean: on unless dossier.engine.embedding is none. */
    static final String EMBEDDINGS_ON = "'${dossier.engine.embedding:bundled}'.toLowerCase() != 'none'";

    /**
     * The catalog's schema, migrated by Flyway at start when it is behind; whatever reads the catalog waits for it.
     * In place of Spring Boot's Flyway set-up, which the application leaves out: that one sets Flyway up and
     * validates every migration at each start, even when there is nothing to migrate.
     */
    @Bean
    CatalogSchema catalogSchema(DataSource dataSource,
                                @Value("${spring.flyway.locations:classpath:db/migration}") List<String> locations) {
        return new CatalogSchema(dataSource, locations);
    }

    /** The catalog as the other modules read it ({@link DocumentCatalog}). */
    @Bean
    Catalog catalog(JdbcClient jdbc) {
        return new Catalog(jdbc);
    }

    @Bean(destroyMethod = "close")
    PassageIndex passageIndex(DossierProperties dossier) {
        return new PassageIndex(dossier.indexDir());
    }

    /** Hybrid search over the index, on one searcher per question: the face the assistant searches through. */
    @Bean
    LucenePassageSearch passageSearch(PassageIndex index, IndexerProperties properties) {
        return new LucenePassageSearch(index, properties.fusionWeights());
    }

    /** The search page's search and a document's text, over the same index. */
    @Bean
    LuceneDocumentSearch documentSearch(PassageIndex index, Catalog catalog) {
        return new LuceneDocumentSearch(index, catalog);
    }

    /** Originals by document id, checked against the catalog, read-only. */
    @Bean
    SourceOriginals originalFiles(Catalog catalog) {
        return new SourceOriginals(catalog);
    }

    /** Tika in worker JVMs (or in this one when isolation is off), behind the file size limit; closes its workers. */
    @Bean
    Extractor extractor(DossierProperties dossier, IndexerProperties properties) {
        // PDFBox caches the machine's font list in the user's home unless told where: keep it in the data directory
        // (workers inherit the setting).
        if (System.getProperty(PDFBOX_FONT_CACHE) == null) {
            System.setProperty(PDFBOX_FONT_CACHE, dossier.dataDir().resolve("cache").toString());
        }
        ExtractorSettings tika = new ExtractorSettings(properties.maxExtractedChars(), properties.archiveLimits(),
                Ocr.detect("eng", 120));
        Extractor parsing = properties.isolation()
                ? new IsolatedExtractor(tika, properties.parseWorkers(), properties.parseTimeout(),
                        properties.parseMemory().toBytes())
                : tika.newExtractor();
        return new SizeLimitedExtractor(properties.maxFileSize().toBytes(), parsing);
    }

    /**
     * Free space on the data directory's disk (index, catalog, caches) and the temporary directory's (workers' and
     * OCR's scratch files): indexing and embedding pause below the minimum and resume once space is back.
     */
    @Bean
    DiskSpaceGuard diskSpaceGuard(DossierProperties dossier, IndexerProperties properties) {
        return new DiskSpaceGuard(List.of(dossier.dataDir(), Path.of(System.getProperty("java.io.tmpdir"))),
                properties.minimumFreeSpace().toBytes(), FreeSpaceProbe.fileStores(), RECHECK_SPACE);
    }

    /** The background embedding stage, when an embedding model is configured; it catches up at start-up. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(EMBEDDINGS_ON)
    BackgroundEmbedding embeddingStage(PassageIndex index, @Lazy EmbeddingEngine engine, SourceIndexing indexing,
                                       IndexerProperties properties, DiskSpaceGuard space, JdbcClient jdbc) {
        BackgroundEmbedding stage = new BackgroundEmbedding(index, engine, properties.embeddingBatch(), space,
                new RunLog(jdbc));
        indexing.afterEachRun(stage::wake);
        return stage;
    }

    /**
     * Sources followed live while the server runs; one-shot commands set dossier.indexer.watch=false. Changes under
     * Dossier's own data directory (if it lies inside a watched folder) are not documents and are ignored.
     */
    @Bean(destroyMethod = "close")
    FolderWatcher folderWatcher(SourceIndexing indexing, Catalog catalog, IndexerProperties properties,
                                DossierProperties dossier) {
        FolderWatcher watcher = new FolderWatcher(indexing, catalog, properties.watchDebounce(),
                path -> path.toAbsolutePath().normalize().startsWith(dossier.dataDir()));
        if (properties.watch()) {
            watcher.watchAllSources();
            indexing.afterEachRun(watcher::watchAllSources);
        }
        return watcher;
    }

    /** Recovery runs before indexing can start: an interrupted run is undone in both stores first. */
    @Bean
    SourceIndexing indexingService(Catalog catalog, DataSource dataSource, PassageIndex index, Extractor extractor,
                                   IndexerProperties properties, DiskSpaceGuard space) {
        CatalogWriter writer = new CatalogWriter(dataSource);
        new IndexRecovery(writer, index).recover();
        return new SourceIndexing(catalog, writer, index, extractor,
                new Chunker(properties.passageMaxChars(), properties.passageMinChars()), properties.commitEveryFiles(),
                properties.parseWorkers(), space);
    }
}
