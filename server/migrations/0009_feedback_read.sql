-- When a scene's owner last read its feedback: newer feedback is new to
-- them, and My scenes says so. Unix seconds, like feedback.created_at.
ALTER TABLE scenes ADD COLUMN feedback_read_at INTEGER;
