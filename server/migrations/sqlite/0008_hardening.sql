-- Hardening (issue 12): guessing limits, what cheap requests read instead
-- of whole scene bodies, folded activity entries, and the format of sealed
-- values.

-- Failed sign-ins and join-code guesses in the current 15-minute window,
-- per key. A key is a keyed hash (HMAC) of what is counted (the login as
-- typed, a source address, an account), never the thing itself. Kept in
-- the database so every server process sharing it counts together; rows
-- whose window has passed are purged.
CREATE TABLE throttle (
    key         BLOB PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    failures    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX throttle_by_start ON throttle(started_at);

-- What a scene listing shows, beside the body, so listing 25 scenes never
-- parses 25 bodies of up to 8 MiB: the image as JSON (or NULL) and the
-- number of hotspots.
ALTER TABLE scenes ADD COLUMN image_json TEXT;
ALTER TABLE scenes ADD COLUMN hotspot_count INTEGER NOT NULL DEFAULT 0;
UPDATE scenes SET image_json = json_extract(body, '$.image'),
                  hotspot_count = json_array_length(body, '$.hotspots');

-- Each scene's hotspot ids, so a viewer's event naming a hotspot is checked
-- by one index look-up. Written with the body on every save.
CREATE TABLE scene_hotspots (
    scene_id    TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    hotspot_id  TEXT NOT NULL,
    PRIMARY KEY (scene_id, hotspot_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO scene_hotspots (scene_id, hotspot_id)
    SELECT scenes.id, json_extract(h.value, '$.id')
    FROM scenes, json_each(scenes.body, '$.hotspots') AS h;

-- Repeated failed sign-ins fold into one activity entry: how many it
-- stands for.
ALTER TABLE activity ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1;

-- Settings of the data itself. `sealed_bound` = 1 once every sealed value
-- (emails, birth dates, activity addresses) is bound to its row and column
-- as associated data; the server re-seals older values at start.
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('sealed_bound', '0');
