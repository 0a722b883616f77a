/** Indexing: sources in, Tika extraction, passages, the Lucene index and the H2 catalog. */
package org.dossier.indexer;
