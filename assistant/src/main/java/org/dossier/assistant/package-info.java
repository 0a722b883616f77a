/** Retrieval, answers with citations, and conversations: the face the front ends (in the web module) call. */
package org.dossier.assistant;
