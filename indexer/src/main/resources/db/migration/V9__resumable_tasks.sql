-- Runs become durable tasks: an indexing run or an embedding pass (re-embedding everything after a model change is
-- one), recorded with its progress as it works. One that a crash or a restart cut short (INTERRUPTED) is taken up by
-- the next task of its kind, which records that it resumed it (resumed_by), over the same sources as well as its own.
ALTER TABLE index_run ADD COLUMN kind VARCHAR(5) DEFAULT 'INDEX' NOT NULL;
ALTER TABLE index_run ADD CONSTRAINT index_run_kind CHECK (kind IN ('INDEX', 'EMBED'));
-- an embedding pass: the model whose vectors it writes
ALTER TABLE index_run ADD COLUMN subject VARCHAR(1024);
ALTER TABLE index_run ADD COLUMN resumed_by BIGINT REFERENCES index_run (id) ON DELETE SET NULL;

-- The sources an indexing run covers, so that the run resuming it covers them too.
CREATE TABLE index_run_source (
    run_id    BIGINT NOT NULL REFERENCES index_run (id) ON DELETE CASCADE,
    source_id BIGINT NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    PRIMARY KEY (run_id, source_id)
);
