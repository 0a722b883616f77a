/** Following sources live: file system events become debounced, incremental re-scans. */
package org.dossier.indexer.internal.watch;
