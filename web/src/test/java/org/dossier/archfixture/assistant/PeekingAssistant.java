package org.dossier.archfixture.assistant;

import org.dossier.archfixture.indexer.internal.HiddenIndexerType;

/** A deliberate look behind the indexer's face (assistant → indexer.internal), for the architecture test to catch. */
public class PeekingAssistant {

    public HiddenIndexerType peek() {
        return new HiddenIndexerType();
    }
}
