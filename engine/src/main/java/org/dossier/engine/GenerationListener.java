package org.dossier.engine;

/** Receives a reply as it is generated: pieces of text in order, then exactly one of completion or error. */
public interface GenerationListener {

    void onToken(String text);

    default void onComplete(GenerationResult result) {
    }

    default void onError(Throwable error) {
    }
}
