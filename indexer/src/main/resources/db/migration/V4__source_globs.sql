-- A source may be limited by glob patterns on the path relative to it ('**/*.pdf', 'mail/**'); one per line.
ALTER TABLE source ADD COLUMN include_globs VARCHAR(4096) DEFAULT '' NOT NULL;
ALTER TABLE source ADD COLUMN exclude_globs VARCHAR(4096) DEFAULT '' NOT NULL;
