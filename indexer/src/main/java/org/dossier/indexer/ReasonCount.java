package org.dossier.indexer;

/**
 * How many documents were skipped or failed for one kind of reason: what the Library page lists, so that 300 files
 * failing the same way read as one line, not 300.
 *
 * @param state     SKIPPED or FAILED; INDEXED for a document indexed in part ({@link DocumentCatalog#partlyIndexed})
 * @param headline  the kind of reason (its words before any detail: {@link #headlineOf})
 * @param example   one full reason of this kind, with what to do and the parser's message
 * @param documents how many documents ended so
 */
public record ReasonCount(DocumentState state, String headline, String example, long documents) {

    /**
     * A reason's first part, which names the kind of problem: reasons read "what is wrong — what to do (the parser's
     * message)", so the headline ends at the first dash, bracket or colon (older reasons, "could not parse: …", too).
     */
    public static String headlineOf(String reason) {
        int end = reason.length();
        for (String separator : new String[] {" — ", " (", ": "}) {
            int at = reason.indexOf(separator);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return reason.substring(0, end);
    }
}
