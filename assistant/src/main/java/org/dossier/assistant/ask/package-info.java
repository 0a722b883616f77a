/** Question → cited answer: the one pipeline every front end asks through ({@link org.dossier.assistant.ask.Ask}). */
package org.dossier.assistant.ask;
