-- A review is of one version of a scene. Times are whole seconds, so
-- comparing reviewed_at with scenes.updated_at could not tell a save made in
-- the same second as the review: the scene stayed "reviewed" although the
-- student had changed it. Any later save now makes it unreviewed again.
ALTER TABLE scene_reviews ADD COLUMN reviewed_version INTEGER NOT NULL DEFAULT 0;

-- Reviews still current by the old rule keep counting.
UPDATE scene_reviews
SET reviewed_version = (SELECT s.version FROM scenes s WHERE s.id = scene_reviews.scene_id)
WHERE reviewed_at >= (SELECT s.updated_at FROM scenes s WHERE s.id = scene_reviews.scene_id);
