package org.dossier.indexer;

import java.nio.file.Path;

import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.dossier.indexer.internal.ingest.IndexRecovery;
import org.dossier.indexer.internal.ingest.SourceIndexing;
import org.dossier.indexer.internal.space.DiskSpaceGuard;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real indexer on a data directory: H2 file catalog migrated by Flyway, Lucene index on disk, Tika. */
public final class IndexerStack implements AutoCloseable {

    public final JdbcDataSource dataSource = new JdbcDataSource();
    public final Catalog catalog;
    public final CatalogWriter writer;
    /** The search face, and the single searches tests check indexing with; {@code index.passages()} to write. */
    public final TestIndex index;
    public final SourceIndexing indexing;
    public final IndexRecovery recovery;
    private final Extractor extractor;

    public IndexerStack(Path dataDir) {
        this(dataDir, IndexerProperties.defaults().commitEveryFiles());
    }

    /** The stack as the application builds it, recovery from an interrupted run included; Tika in this JVM. */
    public IndexerStack(Path dataDir, int commitEveryFiles) {
        this(dataDir, commitEveryFiles, new TikaExtractor(IndexerProperties.defaults().maxExtractedChars()), 1,
                DiskSpaceGuard.off());
    }

    /** With another extractor (isolated in worker JVMs, say), which the stack closes with itself. */
    public IndexerStack(Path dataDir, Extractor extractor, int parseWorkers) {
        this(dataDir, IndexerProperties.defaults().commitEveryFiles(), extractor, parseWorkers, DiskSpaceGuard.off());
    }

    /** With another extractor, committing every few files (or messages of an mbox). */
    public IndexerStack(Path dataDir, int commitEveryFiles, Extractor extractor) {
        this(dataDir, commitEveryFiles, extractor, 1, DiskSpaceGuard.off());
    }

    /** Committing every few files, with a guard that pauses indexing while the disk is nearly full. */
    public IndexerStack(Path dataDir, int commitEveryFiles, DiskSpaceGuard space) {
        this(dataDir, commitEveryFiles, new TikaExtractor(IndexerProperties.defaults().maxExtractedChars()), 1, space);
    }

    private IndexerStack(Path dataDir, int commitEveryFiles, Extractor extractor, int parseWorkers,
                         DiskSpaceGuard space) {
        this.extractor = extractor;
        // as config/application.yml: each commit on disk before it returns
        dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("catalog/dossier") + ";WRITE_DELAY=0");
        dataSource.setUser("dossier");
        dataSource.setPassword("");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        catalog = new Catalog(JdbcClient.create(dataSource));
        writer = new CatalogWriter(dataSource);
        index = new TestIndex(dataDir.resolve("index"));
        recovery = new IndexRecovery(writer, index.passages());
        recovery.recover();
        IndexerProperties properties = IndexerProperties.defaults();
        indexing = new SourceIndexing(catalog, writer, index.passages(), extractor,
                new Chunker(properties.passageMaxChars(), properties.passageMinChars()), commitEveryFiles, parseWorkers,
                space);
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() throws Exception {
        if (extractor instanceof AutoCloseable closeable) {
            closeable.close();
        }
        index.close();
        jdbc().sql("SHUTDOWN").update();
    }
}
