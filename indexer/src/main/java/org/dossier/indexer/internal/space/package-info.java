/** Free disk space: indexing pauses before a full disk can stop it half-way, and resumes once space is back. */
package org.dossier.indexer.internal.space;
