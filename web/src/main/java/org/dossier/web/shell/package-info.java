/**
 * The terminal front end: Spring Shell commands {@code index}, {@code ask}, {@code search}, {@code show},
 * {@code open}, {@code status}, {@code doctor}, {@code sources …} and {@code conversations list|show|delete|export},
 * the prompt and Tab completion.
 */
package org.dossier.web.shell;
