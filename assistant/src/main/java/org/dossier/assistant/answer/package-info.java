/**
 * Answers to questions: retrieved passages when no chat model is ready; otherwise a grounded answer written by the
 * model within its context budget, with every citation and quotation checked against the passages.
 */
package org.dossier.assistant.answer;
