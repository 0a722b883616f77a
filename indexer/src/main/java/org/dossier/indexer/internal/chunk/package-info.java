/** Cutting extracted text into passages that know their page and character offsets. */
package org.dossier.indexer.internal.chunk;
