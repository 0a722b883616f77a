package org.dossier.engine.embedding;

import java.nio.file.Path;

/**
 * Why the bundled model did not load, in words a user can act on. Its natives fail deep inside ONNX Runtime and DJL,
 * often wrapped in errors with no message of their own ("did not load: null" told nobody anything), so the whole
 * chain of causes is read: the most common cause on a small disk, no space to unpack the natives, is named with
 * what to do about it; otherwise the first message that says something, else the innermost error's name.
 */
final class LoadFailure {

    private static final String NO_SPACE = "No space left on device";

    private LoadFailure() {
    }

    static String describe(Throwable error, Path cacheDir) {
        String said = null;
        Throwable innermost = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains(NO_SPACE)) {
                return "no space left on the disk to unpack its native libraries into " + cacheDir
                        + " — free some space there and start Dossier again";
            }
            if (said == null && message != null && !message.isBlank() && !message.endsWith(": null")
                    && !repeatsAnEarlierFailure(cause)) {
                said = message;
            }
            innermost = cause;
        }
        return said != null ? said : innermost.getClass().getSimpleName() + " (no message)";
    }

    /**
     * "Could not initialize class …": the model's class failed to load before (in {@link BundledModelPreload}'s
     * thread); what went wrong is in its cause.
     */
    private static boolean repeatsAnEarlierFailure(Throwable error) {
        return error instanceof NoClassDefFoundError && error.getCause() != null;
    }
}
