package org.dossier.indexer.index;

/** Names of the index's fields, and why each has its type. */
final class IndexFields {

    /** Catalog id of the document; a keyword so that re-indexing a document deletes its passages by term. */
    static final String DOCUMENT_ID = "document_id";
    /** Passage order within its document; stored only. */
    static final String ORDINAL = "ordinal";
    /** Page number; stored only (0 means the format has no pages). */
    static final String PAGE = "page";
    /** Offsets into the extracted text; stored only, for exact citation highlighting. */
    static final String START = "start";
    static final String END = "end";
    /** The passage text: analysed for BM25 and stored to show and highlight. */
    static final String TEXT = "text";
    /** Title, subject or file name: analysed, not stored (the catalog has it), a lighter second field for BM25. */
    static final String TITLE = "title";
    /** Path within the source and media type: keywords, for filters. */
    static final String PATH = "path";
    static final String MEDIA_TYPE = "media_type";
    /** Document or message date in epoch milliseconds: points and doc values for range filters and sorting. */
    static final String DATE = "date";

    private IndexFields() {
    }
}
