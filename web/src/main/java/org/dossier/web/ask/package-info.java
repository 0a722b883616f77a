/** A question's filters as the Ask page's form and the API send them. */
package org.dossier.web.ask;
