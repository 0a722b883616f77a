/** {@code doctor}: one check per thing a working Dossier needs, each saying what to do when it fails. */
package org.dossier.web.doctor;
