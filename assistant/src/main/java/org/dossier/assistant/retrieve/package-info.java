/** Finding the passages that match a question, and marking the words that matched. */
package org.dossier.assistant.retrieve;
