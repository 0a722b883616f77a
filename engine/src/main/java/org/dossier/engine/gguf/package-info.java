/** Reads a GGUF model file's header, metadata and tensor table without loading its weights. */
package org.dossier.engine.gguf;
