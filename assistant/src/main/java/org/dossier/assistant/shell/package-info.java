/** The terminal front end: Spring Shell commands {@code index}, {@code ask}, {@code search}, {@code status}. */
package org.dossier.assistant.shell;
