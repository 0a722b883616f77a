/** The Thymeleaf pages: Ask, and the Library (what is indexed, what was not and why). */
package org.dossier.web.ui;
