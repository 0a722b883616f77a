/** The JSON API, the same answers as the shell's {@code --json}. */
package org.dossier.web.api;
