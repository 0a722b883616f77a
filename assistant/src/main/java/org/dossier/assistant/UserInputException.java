package org.dossier.assistant;

/** The user asked for something that cannot be done as asked; the message says what to do instead. */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }
}
