package org.dossier.indexer.internal.index;

/**
 * Names of the index's fields, and why each has its type. Everything needed to rebuild a passage's Lucene document
 * is stored, because a vector arrives after the passage (embedding is a background stage) and Lucene can only add
 * it by writing the whole document again.
 */
final class IndexFields {

    /** documentId:ordinal; a keyword, so a passage can be replaced when its vector arrives. */
    static final String KEY = "key";
    /** Catalog id of the document; a keyword so that re-indexing a document deletes its passages by term. */
    static final String DOCUMENT_ID = "document_id";
    /** The source the document belongs to; a keyword, for filters. */
    static final String SOURCE_ID = "source_id";
    /** Passage order within its document; stored only. */
    static final String ORDINAL = "ordinal";
    /** Page, slide or sheet: which one (PAGE, SLIDE, SHEET); stored only, absent when the format has none. */
    static final String LOCATION_KIND = "location_kind";
    /**
     * Its number; stored only (0 when there is none). Named "page" because it held only page numbers before slides
     * and sheets: a passage indexed then, without a kind, is on a page.
     */
    static final String LOCATION_NUMBER = "page";
    /** A sheet's name; stored only. */
    static final String LOCATION_NAME = "location_name";
    /** Offsets into the extracted text; stored only, for exact citation highlighting. */
    static final String START = "start";
    static final String END = "end";
    /** The passage text: analysed for BM25 and stored to show and highlight. */
    static final String TEXT = "text";
    /** Title, subject or file name: analysed, a lighter second field for BM25. */
    static final String TITLE = "title";
    /** Sender or author: analysed, so a filter on a name matches however the address is written. */
    static final String AUTHOR = "author";
    /**
     * A message's To and Cc, stored as they are to rebuild the passage, and together in {@link #RECIPIENT}: analysed
     * (not stored), so that a filter on a name or an address matches however the recipient was written.
     */
    static final String MAIL_TO = "mail_to";
    static final String MAIL_CC = "mail_cc";
    static final String RECIPIENT = "recipient";
    /**
     * Message-IDs without angle brackets: keywords, matched exactly, so that a filter finds one message, the replies
     * to it ({@link #IN_REPLY_TO}) or its whole conversation ({@link #REFERENCES} holds every id a message refers to).
     */
    static final String MESSAGE_ID = "message_id";
    static final String IN_REPLY_TO = "in_reply_to";
    static final String REFERENCES = "references";
    /** The folder of a message in a .pst; stored only. */
    static final String MAIL_FOLDER = "mail_folder";
    /** Path within the source and media type: keywords, for filters. */
    static final String PATH = "path";
    static final String MEDIA_TYPE = "media_type";
    /** Document or message date in epoch milliseconds: points and doc values for range filters and sorting. */
    static final String DATE = "date";
    /** The passage's embedding (HNSW graph, dot product on unit vectors). */
    static final String VECTOR = "vector";
    /** Which embedding model made the vector: a keyword, so vectors of two models never meet in one search. */
    static final String VECTOR_MODEL = "vector_model";
    /**
     * The model that could not embed this passage: a keyword, so the stage stops asking that model for it while a
     * changed model (another id) tries again. Re-indexing the document writes the passage anew, without it.
     */
    static final String UNEMBEDDABLE_BY = "unembeddable_by";
    /** Why the model could not embed it; stored only, to show. */
    static final String UNEMBEDDABLE_REASON = "unembeddable_reason";

    private IndexFields() {
    }
}
