/** Isolation and limits: files parsed in separate worker JVMs with a timeout and a memory cap, and too-large files left alone. */
package org.dossier.indexer.internal.isolate;
