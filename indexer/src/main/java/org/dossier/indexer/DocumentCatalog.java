package org.dossier.indexer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the catalog knows of sources and documents, read-only: every file, message and attachment with the state it
 * ended in. Only indexing writes the catalog. A document or source removed meanwhile is simply not found.
 */
public interface DocumentCatalog {

    /** The folders added as sources, oldest first. */
    List<SourceRecord> sources();

    Optional<SourceRecord> findSource(long id);

    Optional<DocumentRecord> find(long id);

    /** The documents with these ids that the catalog holds, in no particular order. */
    List<DocumentRecord> findAll(Collection<Long> ids);

    /** How many documents ended in each state. */
    StateCounts counts();

    /** The passages the catalog records for its indexed documents: the index should hold as many. */
    long passageCount();

    /** Documents that were not indexed, with their reasons, most recent first. */
    List<DocumentRecord> notIndexed(int limit);

    /** Documents that were not indexed, counted by kind of reason ({@link ReasonCount#headlineOf}), most first. */
    List<ReasonCount> reasonCounts();

    /**
     * Documents indexed in part, counted by kind of reason: text cut at the limits ("first 20,000,000 characters
     * indexed"), and mailboxes not read to their end (a run stopped in the middle, or one reading them now).
     */
    List<ReasonCount> partlyIndexed();

    /**
     * The other places of a document's content: documents recorded with the same bytes (SHA-256) after it — a file
     * in another folder, an attachment, an archive entry — which hold no passages of their own; in the order found.
     */
    List<DocumentRecord> copies(long documentId);

    /** For a copy ({@link #copies}), the document that holds its passages; empty for anything else. */
    Optional<Long> originalOf(long documentId);

    /** The messages and attachments directly inside a document, in the order they were found. */
    List<DocumentRecord> children(long parentId);

    /**
     * The quotes of earlier messages in a message's text, in order: left out of its passages, kept to be shown in
     * their place. Empty for anything else, and for a message indexed before quotes were kept.
     */
    List<QuotedPart> quotedText(long documentId);
}
