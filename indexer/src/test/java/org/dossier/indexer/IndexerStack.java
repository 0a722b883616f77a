package org.dossier.indexer;

import java.nio.file.Path;

import org.dossier.indexer.catalog.Catalog;
import org.dossier.indexer.chunk.Chunker;
import org.dossier.indexer.extract.TikaExtractor;
import org.dossier.indexer.index.PassageIndex;
import org.dossier.indexer.ingest.IndexRecovery;
import org.dossier.indexer.ingest.IndexingService;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real indexer on a data directory: H2 file catalog migrated by Flyway, Lucene index on disk, Tika. */
public final class IndexerStack implements AutoCloseable {

    public final JdbcDataSource dataSource = new JdbcDataSource();
    public final Catalog catalog;
    public final PassageIndex index;
    public final IndexingService indexing;
    public final IndexRecovery recovery;

    public IndexerStack(Path dataDir) {
        this(dataDir, IndexerProperties.defaults().commitEveryFiles());
    }

    /** The stack as the application builds it, recovery from an interrupted run included. */
    public IndexerStack(Path dataDir, int commitEveryFiles) {
        dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("catalog/dossier"));
        dataSource.setUser("dossier");
        dataSource.setPassword("");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        catalog = new Catalog(JdbcClient.create(dataSource));
        index = new PassageIndex(dataDir.resolve("index"));
        recovery = new IndexRecovery(catalog, index);
        recovery.recover();
        IndexerProperties properties = IndexerProperties.defaults();
        indexing = new IndexingService(catalog, index, new TikaExtractor(properties.maxExtractedChars()),
                new Chunker(properties.passageMaxChars(), properties.passageMinChars()), commitEveryFiles);
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() throws Exception {
        index.close();
        jdbc().sql("SHUTDOWN").update();
    }
}
