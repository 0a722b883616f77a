package org.dossier.assistant;

/** How an answer was made. */
public enum AnswerMode {
    /** No chat model: the answer is the best-matching passages themselves, labelled as such. */
    RETRIEVAL_ONLY,
    /** The chat model wrote the answer from the passages, which it cites. */
    GENERATED,
    /** The passages do not answer the question; the nearest are shown, and no model answered in their place. */
    NOT_IN_DOCUMENTS
}
