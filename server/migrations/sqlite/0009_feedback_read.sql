-- How far a scene's owner has read its feedback: the rowid of the newest
-- item they were shown. Later items are new to them, and My scenes says so.
ALTER TABLE scenes ADD COLUMN feedback_read_upto INTEGER;
