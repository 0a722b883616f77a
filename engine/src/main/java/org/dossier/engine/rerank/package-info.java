/** Re-ranking through a server's {@code /v1/rerank} endpoint on loopback (llama-server started with --reranking). */
package org.dossier.engine.rerank;
