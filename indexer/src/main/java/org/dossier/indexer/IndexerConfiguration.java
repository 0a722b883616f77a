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

    @Bean
    Catalog catalog(JdbcClient jdbc) {
        return new Catalog(jdbc);
    }

    @Bean(destroyMethod = "close")
    PassageIndex passageIndex(DossierProperties dossier) {
        return new PassageIndex(dossier.indexDir());
    }

    @Bean
    IndexingService indexingService(Catalog catalog, PassageIndex index, IndexerProperties properties) {
        return new IndexingService(catalog, index, new TikaExtractor(properties.maxExtractedChars()),
                new Chunker(properties.passageMaxChars(), properties.passageMinChars()), properties.commitEveryFiles());
    }
}
