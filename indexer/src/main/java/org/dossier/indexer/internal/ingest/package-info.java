/** Bringing a source up to date: walk it, extract what changed, record every file's outcome. */
package org.dossier.indexer.internal.ingest;
