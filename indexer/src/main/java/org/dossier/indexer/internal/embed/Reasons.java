package org.dossier.indexer.internal.embed;

/**
 * A failure as a person can read it: the outermost message that says something, else the innermost exception's
 * name, since wrappers and native errors often carry no message (a stage that reported "null" told nobody why it
 * stopped).
 */
final class Reasons {

    private Reasons() {
    }

    static String of(Throwable error) {
        Throwable innermost = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank() && !message.endsWith(": null")) {
                return message;
            }
            innermost = cause;
        }
        return innermost.getClass().getSimpleName();
    }
}
