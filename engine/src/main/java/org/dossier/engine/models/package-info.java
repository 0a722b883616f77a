/** The GGUF files on this machine: where they are, what their headers say, whether they fit, and their SHA-256. */
package org.dossier.engine.models;
