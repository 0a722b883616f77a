/** The Lucene index of passages: one long-lived writer, searchers through a SearcherManager. */
package org.dossier.indexer.internal.index;
