/** Retrieval, answers with citations, status, and the Spring Shell commands. */
package org.dossier.assistant;
