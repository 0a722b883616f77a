/** Answers sent as server-sent events while they are made, to the Ask page and to API clients. */
package org.dossier.web.stream;
