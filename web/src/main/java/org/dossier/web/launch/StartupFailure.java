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
            if (isDamagedCatalog(t)) {
                return "the catalog (the data directory's catalog folder) is damaged and cannot be opened ("
                        + firstLine(t) + ") — a crash or a full disk can do this. Dossier changed nothing; "
                        + "move the data directory's catalog and index folders aside (keep them: your sources list "
                        + "and conversations are in the catalog), then start again to rebuild both from your folders";
            }
            cause = t;
            if (t.getCause() == t) {
                break;
            }
        }
        return "could not start: " + firstLine(cause);
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** H2's own words for a file it cannot read back: a damaged header or a chunk that a page points to is gone. */
    private static boolean isDamagedCatalog(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return t.getClass().getSimpleName().equals("MVStoreException") || message.contains("File corrupted")
                || message.matches("(?s).*Chunk \\d+ not found.*");
    }

    private static boolean isLock(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return t.getClass().getSimpleName().equals("LockObtainFailedException")
                || message.contains("Database may be already in use");
    }
}
