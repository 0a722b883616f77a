package org.dossier.archfixture.indexer;

/** Stands for any indexer class in the architecture test's fixture. */
public class SomeIndexerType {
}
