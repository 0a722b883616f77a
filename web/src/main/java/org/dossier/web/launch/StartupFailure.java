package org.dossier.web.launch;

/** One line a user can act on, for a start-up that failed; the full trace stays in the log. */
public final class StartupFailure {

    private StartupFailure() {
    }

    public static String describe(Throwable failure) {
        Throwable cause = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (isLock(t)) {
                return "the data directory is in use by another Dossier process — use that one's shell or web UI, "
                        + "stop it, or set DOSSIER_DATA_DIR to another directory";
            }
            cause = t;
            if (t.getCause() == t) {
                break;
            }
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "could not start: " + message.lines().findFirst().orElse(message);
    }

    private static boolean isLock(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return t.getClass().getSimpleName().equals("LockObtainFailedException")
                || message.contains("Database may be already in use");
    }
}
