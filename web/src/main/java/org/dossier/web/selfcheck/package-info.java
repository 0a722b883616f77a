/** The answer self-check of {@code models bench}: the sample-docs questions asked through {@code Ask}, scored. */
package org.dossier.web.selfcheck;
