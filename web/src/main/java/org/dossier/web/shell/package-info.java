/**
 * The terminal front end: Spring Shell commands {@code index}, {@code ask}, {@code search}, {@code status} and
 * {@code conversations list|show|delete|export}.
 */
package org.dossier.web.shell;
