package org.dossier.engine;

/**
 * The chat model as the rest of Dossier sees it. The runtimes (managed llama-server, OpenAI-compatible servers,
 * in-process llama.cpp) arrive behind this seam; until one is configured, Dossier answers with retrieved passages.
 */
public interface ChatEngine {

    ModelStatus status();
}
