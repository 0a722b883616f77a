/** Plumbing the engine's runtimes share and no other module uses: the one HTTP client for servers on loopback. */
package org.dossier.engine.internal;
