/** Model runtimes, the data directory, and the loopback-only rule for every endpoint Dossier talks to. */
package org.dossier.engine;
