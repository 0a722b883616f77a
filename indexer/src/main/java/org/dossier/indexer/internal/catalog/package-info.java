/** The H2 catalog: every source and every document with the state it ended in. */
package org.dossier.indexer.internal.catalog;
