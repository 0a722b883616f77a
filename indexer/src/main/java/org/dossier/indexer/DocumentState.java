package org.dossier.indexer;

/** Where a document ended: every file, message and attachment ends in exactly one of these. */
public enum DocumentState { INDEXED, SKIPPED, FAILED }
