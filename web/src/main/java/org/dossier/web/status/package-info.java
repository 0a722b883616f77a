/** What Dossier holds and how it is doing: counts, files not indexed and why, model state. */
package org.dossier.web.status;
