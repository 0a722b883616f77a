package org.dossier.indexer;

/** How many documents ended in each state, and how many of them are files on disk. */
public record StateCounts(long files, long indexed, long skipped, long failed, long sources) {

    public long documents() {
        return indexed + skipped + failed;
    }
}
