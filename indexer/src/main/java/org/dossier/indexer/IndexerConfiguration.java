package org.dossier.indexer;

import org.dossier.engine.DossierProperties;
import org.dossier.indexer.catalog.Catalog;
import org.dossier.indexer.chunk.Chunker;
import org.dossier.indexer.extract.TikaExtractor;
import org.dossier.indexer.index.PassageIndex;
import org.dossier.indexer.ingest.IndexingService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The indexer's long-lived parts: one catalog, one index writer, one extractor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndexerProperties.class)
public class IndexerConfiguration {

    private static final String PDFBOX_FONT_CACHE = "pdfbox.fontcache";

    @Bean
    Catalog catalog(JdbcClient jdbc) {
        return new Catalog(jdbc);
    }

    @Bean(destroyMethod = "close")
    PassageIndex passageIndex(DossierProperties dossier) {
        return new PassageIndex(dossier.indexDir());
    }

    @Bean
    TikaExtractor tikaExtractor(DossierProperties dossier, IndexerProperties properties) {
        // PDFBox caches the machine's font list in the user's home unless told where: keep it in the data directory.
        if (System.getProperty(PDFBOX_FONT_CACHE) == null) {
            System.setProperty(PDFBOX_FONT_CACHE, dossier.dataDir().resolve("cache").toString());
        }
        return new TikaExtractor(properties.maxExtractedChars());
    }

    @Bean
    IndexingService indexingService(Catalog catalog, PassageIndex index, TikaExtractor extractor,
                                    IndexerProperties properties) {
        return new IndexingService(catalog, index, extractor,
                new Chunker(properties.passageMaxChars(), properties.passageMinChars()), properties.commitEveryFiles());
    }
}
