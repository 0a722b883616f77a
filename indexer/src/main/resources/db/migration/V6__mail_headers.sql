-- What an e-mail message says about itself, each part on its own so that it can be shown and filtered: recipients
-- and copies (one per line: a display name may hold a comma), the Message-ID it answers, the Message-IDs of its
-- conversation (one per line), and for a message in an Outlook .pst its folder. The sender stays in author, the
-- subject in title, the date in sent_at.
ALTER TABLE document ADD COLUMN mail_to VARCHAR(16384);
ALTER TABLE document ADD COLUMN mail_cc VARCHAR(16384);
ALTER TABLE document ADD COLUMN in_reply_to VARCHAR(1024);
ALTER TABLE document ADD COLUMN mail_references VARCHAR(16384);
ALTER TABLE document ADD COLUMN mail_folder VARCHAR(1024);
-- To and Cc replace the joined recipients. The extraction pipeline's version changed with them, so every file is
-- extracted again on the next run, which fills the new columns.
ALTER TABLE document DROP COLUMN recipients;
