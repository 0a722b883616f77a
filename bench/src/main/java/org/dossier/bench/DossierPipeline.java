package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.ingest.SourceIndexing;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dossier's real indexing path in a fresh temporary data dir, wired by hand as {@code IndexerConfiguration} wires
 * it, without starting Spring: H2 in file mode behind a connection pool, Flyway's migrations, the Lucene index on
 * disk. Everything is closed and deleted on close.
 */
final class DossierPipeline implements AutoCloseable {

    private final TempFolder dataDir;
    private final HikariDataSource dataSource;
    private final PassageIndex index;
    private final SourceIndexing service;
    private final Catalog catalog;

    private DossierPipeline(TempFolder dataDir, HikariDataSource dataSource, PassageIndex index,
                            IndexerProperties properties, Extractor extractor, int parseWorkers) {
        this.dataDir = dataDir;
        this.dataSource = dataSource;
        this.index = index;
        this.catalog = new Catalog(JdbcClient.create(dataSource));
        this.service = new SourceIndexing(catalog, new CatalogWriter(dataSource), index,
                extractor, new Chunker(properties.passageMaxChars(), properties.passageMinChars()),
                properties.commitEveryFiles(), parseWorkers);
    }

    /** A fresh, empty Dossier: catalog migrated, index empty; Tika in this JVM, one file at a time. */
    static DossierPipeline open(IndexerProperties properties) throws IOException {
        return open(properties, new TikaExtractor(properties.maxExtractedChars()), 1);
    }

    /**
     * A fresh, empty Dossier with the given extractor (such as the application's: Tika in worker JVMs behind the
     * file size limit) and as many files parsed ahead as there are workers.
     */
    static DossierPipeline open(IndexerProperties properties, Extractor extractor, int parseWorkers)
            throws IOException {
        TempFolder dataDir = TempFolder.create("dossier-bench-data-");
        HikariDataSource dataSource = null;
        try {
            dataSource = pooledH2(dataDir.path().resolve("catalog/dossier"));
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            return new DossierPipeline(dataDir, dataSource, new PassageIndex(dataDir.path().resolve("index")), properties,
                    extractor, parseWorkers);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            dataDir.close();
            throw e;
        }
    }

    /** A pool, as in the application: without one, H2 closes and reopens the database file with every statement. */
    static HikariDataSource pooledH2(Path database) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"); // as config/application.yml
        pool.setUsername("dossier");
        pool.setPassword("");
        pool.setPoolName("dossier-bench");
        return new HikariDataSource(pool);
    }

    IndexReport index(Path folder) {
        return service.index(folder);
    }

    SourceIndexing service() {
        return service;
    }

    Catalog catalog() {
        return catalog;
    }

    PassageIndex passageIndex() {
        return index;
    }

    @Override
    public void close() throws IOException {
        try (dataDir; dataSource) {
            index.close();
        }
    }
}
