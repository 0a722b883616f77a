/** The optional second retrieval round: a search query from the chat model, built from what the first round found. */
package org.dossier.assistant.bridge;
