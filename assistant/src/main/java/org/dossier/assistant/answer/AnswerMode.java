package org.dossier.assistant.answer;

/** How an answer was made. */
public enum AnswerMode {
    /** No chat model: the answer is the best-matching passages themselves, labelled as such. */
    RETRIEVAL_ONLY
}
