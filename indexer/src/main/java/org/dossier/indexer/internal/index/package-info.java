/** The Lucene index of passages: one long-lived writer; reads through a SearcherManager, each on one searcher. */
package org.dossier.indexer.internal.index;
