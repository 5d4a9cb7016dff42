-- Anonymous viewer statistics: daily counts per scene, and what telling
-- visitors apart needs for a day or two. No IP address, user agent or
-- language is stored anywhere; a visitor is only a salted hash.
-- Days are UTC dates, `YYYY-MM-DD`. A scene's id changes when its owner
-- resets its link, hence ON UPDATE CASCADE; deleting a scene deletes its
-- statistics.

-- One row per scene per day that had any event.
CREATE TABLE stats_days (
    scene_id     TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    day          TEXT NOT NULL,
    views        INTEGER NOT NULL DEFAULT 0,
    -- Distinct visitor hashes of the day (see stats_visitors).
    visitors     INTEGER NOT NULL DEFAULT 0,
    link_clicks  INTEGER NOT NULL DEFAULT 0,
    media_plays  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scene_id, day)
) WITHOUT ROWID;

-- How often each hotspot's popup was opened, per day.
CREATE TABLE stats_hotspot_opens (
    scene_id    TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    day         TEXT NOT NULL,
    hotspot_id  TEXT NOT NULL,
    opens       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scene_id, day, hotspot_id)
) WITHOUT ROWID;

-- How long visits lasted, in coarse buckets, per day.
CREATE TABLE stats_time_buckets (
    scene_id  TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    day       TEXT NOT NULL,
    bucket    TEXT NOT NULL CHECK (bucket IN ('lt_10s', '10s_30s', '30s_1m', '1m_3m', '3m_10m', 'gt_10m')),
    count     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scene_id, day, bucket)
) WITHOUT ROWID;

-- The random salt of each day (16 bytes), kept for today and yesterday
-- only: once a day's salt is deleted, its hashes can no longer be linked to
-- anyone. Kept in the database so a restart does not count everyone again.
CREATE TABLE stats_salts (
    day   TEXT PRIMARY KEY,
    salt  BLOB NOT NULL CHECK (length(salt) = 16)
);

-- Visitors already counted: the first 16 bytes of
-- HMAC-SHA256(day's salt, scene id, IP, user agent). The primary key makes
-- a second visit the same day count nothing, across restarts too. Rows of
-- days before yesterday are purged.
CREATE TABLE stats_visitors (
    scene_id  TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    day       TEXT NOT NULL,
    hash      BLOB NOT NULL,
    PRIMARY KEY (scene_id, day, hash)
) WITHOUT ROWID;
CREATE INDEX stats_visitors_by_day ON stats_visitors(day);
