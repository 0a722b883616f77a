/** Chat and embeddings through an OpenAI-compatible server on this machine (Ollama, LM Studio, llama-server). */
package org.dossier.engine.openai;
