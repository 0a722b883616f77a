/**
 * The application and its front ends: the shell ({@code shell}), one-shot commands ({@code launch}), the web UI
 * ({@code ui}) and the JSON API ({@code api}), all over the same assistant and indexer, and status ({@code status}).
 */
package org.dossier.web;
