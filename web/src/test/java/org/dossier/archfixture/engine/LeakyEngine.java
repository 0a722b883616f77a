package org.dossier.archfixture.engine;

import org.dossier.archfixture.indexer.SomeIndexerType;

/** A deliberate wrong-way dependency (engine → indexer), for the architecture test to catch. */
public class LeakyEngine {

    public SomeIndexerType leak() {
        return new SomeIndexerType();
    }
}
