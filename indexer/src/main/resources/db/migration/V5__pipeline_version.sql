-- Which extraction and chunking settings indexed a file: when they change, the file is indexed again, even if it
-- did not change itself. (Vectors carry their embedding model in the index.)
ALTER TABLE document ADD COLUMN pipeline VARCHAR(255) DEFAULT '' NOT NULL;
