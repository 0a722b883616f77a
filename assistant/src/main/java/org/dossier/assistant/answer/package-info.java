/** Answers to questions: retrieved passages now, a grounded written answer once a chat model is configured. */
package org.dossier.assistant.answer;
