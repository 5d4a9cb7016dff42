-- Accounts, sessions, uploaded images and scenes: the first vertical slice.
-- Times are Unix seconds (UTC). Ids are random, URL-safe strings.

CREATE TABLE schools (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    -- Students see classmates' usernames, avatars and scenes (read only).
    peer_visibility      INTEGER NOT NULL DEFAULT 1,
    -- Students may make scenes public (otherwise private or unlisted only).
    students_can_publish INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    -- The email is stored encrypted (AEAD) and found at sign-in by a keyed
    -- hash (HMAC) of its normalised form, never by plaintext. Students a
    -- teacher signs up may have none.
    email_lookup    BLOB UNIQUE,
    email_sealed    BLOB CHECK (email_sealed IS NOT NULL OR kind = 'student'),
    password_hash   TEXT NOT NULL,       -- argon2id PHC string
    kind            TEXT NOT NULL CHECK (kind IN ('individual', 'student', 'teacher')),
    school_id       TEXT REFERENCES schools(id),
    is_admin        INTEGER NOT NULL DEFAULT 0,
    birth_date_sealed BLOB,              -- students only, encrypted
    marketing_opt_in INTEGER NOT NULL DEFAULT 0 CHECK (kind <> 'student' OR marketing_opt_in = 0),
    avatar_asset_id TEXT,
    created_at      INTEGER NOT NULL
);

-- A session is a random token in an HttpOnly cookie; only its SHA-256 is
-- kept, so a copy of the database does not let anyone sign in.
CREATE TABLE sessions (
    token_hash  BLOB PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);

-- Uploaded images; the bytes live in <data>/assets/<id>.
CREATE TABLE assets (
    id            TEXT PRIMARY KEY,
    owner_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    content_type  TEXT NOT NULL,
    width         INTEGER NOT NULL,
    height        INTEGER NOT NULL,
    byte_size     INTEGER NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX assets_by_owner ON assets(owner_id);

-- A scene is read and written whole, so its image and hotspots are one JSON
-- document; the columns beside it are what queries filter and sort on.
CREATE TABLE scenes (
    id          TEXT PRIMARY KEY,
    owner_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    visibility  TEXT NOT NULL CHECK (visibility IN ('private', 'unlisted', 'public')),
    body        TEXT NOT NULL,           -- {"image": ..., "hotspots": [...]}
    version     INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX scenes_by_owner ON scenes(owner_id, updated_at DESC);
CREATE INDEX scenes_public ON scenes(visibility, created_at DESC);

-- Which assets a scene shows, so an image is served exactly to those who
-- may see a scene that uses it. A scene's id changes when its owner resets
-- its link, hence ON UPDATE CASCADE.
CREATE TABLE scene_assets (
    scene_id  TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    asset_id  TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    PRIMARY KEY (scene_id, asset_id)
);
CREATE INDEX scene_assets_by_asset ON scene_assets(asset_id);
