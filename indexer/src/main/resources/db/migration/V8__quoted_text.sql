-- The earlier messages a reply quotes ('>' lines with the "On ... wrote:" line before them, an Outlook "Original
-- Message" tail). They are left out of the passages (the quoted message is indexed where it stands itself), and kept
-- here only so that the source viewer can show them, collapsed, in their place under the reply. Removed with the
-- document. The chunking revision changed with this table, so every file is extracted again on the next run,
-- which fills it.
CREATE TABLE quoted_text (
    document_id  BIGINT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    -- where the quote lies in the message's extracted text: [start_offset, end_offset)
    start_offset INT NOT NULL,
    end_offset   INT NOT NULL,
    -- the quote, cut at a limit (shorter than end_offset - start_offset when it was)
    quote        CLOB NOT NULL,
    PRIMARY KEY (document_id, start_offset)
);
