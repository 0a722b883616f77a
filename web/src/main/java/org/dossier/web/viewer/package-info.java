/** The source viewer and the search page: a document by id (text, original, metadata); search grouped by document. */
package org.dossier.web.viewer;
