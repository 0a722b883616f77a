/**
 * Indexing: sources in, Tika extraction, passages, the Lucene index and the H2 catalog. This package is the
 * indexer's face, and the only part other modules use: {@link org.dossier.indexer.IndexingService} brings sources up
 * to date, {@link org.dossier.indexer.PassageSearch} finds passages (keywords and meaning on one snapshot of the
 * index), {@link org.dossier.indexer.DocumentCatalog} reads what is indexed and in what state,
 * {@link org.dossier.indexer.EmbeddingStage} says how far vectors are, {@link org.dossier.indexer.DossierAnalyzer}
 * gives the words as the index sees them; the rest are the values they speak in. Search and catalog name no Lucene or
 * H2 type, so that a server-backed index could stand behind them. Everything else lives in
 * {@code org.dossier.indexer.internal} and is not for other modules (the benchmarks excepted: they measure
 * internals).
 */
package org.dossier.indexer;
