/**
 * The web UI as a security boundary: only loopback Host names, changes only from Dossier's own pages (CSRF token
 * and same origin) or with the API token, and headers that keep pages from being framed, sniffed or cached.
 */
package org.dossier.web.security;
