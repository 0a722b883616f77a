/** Hybrid passage search: keywords and vectors on one index snapshot, vector feedback, reciprocal rank fusion. */
package org.dossier.indexer.internal.search;
