package org.dossier.archfixture.indexer.internal;

/** Stands for an indexer internal in the architecture test's fixture: no other module may use it. */
public class HiddenIndexerType {
}
