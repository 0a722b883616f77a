/**
 * Conversations: stored questions and answers, follow-ups rewritten into stand-alone questions before retrieval,
 * and a conversation exported as Markdown with its evidence.
 */
package org.dossier.assistant.conversation;
