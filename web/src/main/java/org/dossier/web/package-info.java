/** The web front end and the process around both front ends. */
package org.dossier.web;
