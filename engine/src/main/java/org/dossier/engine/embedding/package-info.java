/** The bundled default embedding model, run in-process so hybrid search works on a fresh machine. */
package org.dossier.engine.embedding;
