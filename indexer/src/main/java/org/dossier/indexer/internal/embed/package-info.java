/** The background stage that gives passages their vectors, after they are already keyword-searchable. */
package org.dossier.indexer.internal.embed;
