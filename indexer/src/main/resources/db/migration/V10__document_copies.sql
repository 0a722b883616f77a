-- One document, many places: content that is already indexed (the same SHA-256: a file, an attachment, an archive
-- entry) is recorded again at its new place as a copy of the first, without passages or vectors of its own.
-- content_sha256 is the SHA-256 of the document's own bytes (the file's for a file; an attachment's, an archive
-- entry's or a message's for one inside a file); copy_of points at the document that holds the passages.
-- No foreign key: when the original goes, its copies are indexed again (see KeptCopies), not deleted with it.
ALTER TABLE document ADD COLUMN content_sha256 CHAR(64);
ALTER TABLE document ADD COLUMN copy_of BIGINT;
UPDATE document SET content_sha256 = sha256 WHERE entry = '';
CREATE INDEX document_content_idx ON document (content_sha256);
CREATE INDEX document_copy_of_idx ON document (copy_of);
