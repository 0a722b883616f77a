package org.dossier.indexer;

/** A search query that does not follow the query language; the message says where and why, in one line. */
public class MalformedQueryException extends RuntimeException {

    public MalformedQueryException(String message) {
        super(message);
    }
}
