/** How the process starts: server with shell, server alone, or one command and exit. */
package org.dossier.web.launch;
