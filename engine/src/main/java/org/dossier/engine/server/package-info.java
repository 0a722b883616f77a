/** Runs the user's own llama.cpp {@code llama-server} as a child process on loopback, and talks to it. */
package org.dossier.engine.server;
