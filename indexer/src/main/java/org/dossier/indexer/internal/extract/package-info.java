/** Text and metadata out of any file Tika reads, one part per document, message or attachment. */
package org.dossier.indexer.internal.extract;
