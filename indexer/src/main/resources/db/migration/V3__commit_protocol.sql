-- The commit protocol between the catalog and the index (see IndexRecovery): a row is ADDED until the index change
-- that goes with it is committed, REMOVED until the index has committed its deletion, and COMMITTED after.
ALTER TABLE document ADD COLUMN sync VARCHAR(9) DEFAULT 'COMMITTED' NOT NULL;
ALTER TABLE document ADD CONSTRAINT document_sync CHECK (sync IN ('ADDED', 'REMOVED', 'COMMITTED'));
CREATE INDEX document_sync_idx ON document (sync);
-- A changed file's old rows stay (REMOVED) until the index commits, beside its new rows (ADDED): a location is
-- no longer unique. The scan reads only rows that are not REMOVED.
ALTER TABLE document DROP CONSTRAINT document_location;
CREATE INDEX document_location_idx ON document (source_id, path, entry);
