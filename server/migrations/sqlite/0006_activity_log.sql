-- The activity log: what happened to an account, when, from which address.
-- No foreign key to users: the log outlives a deleted account by 30 days,
-- marked with the deletion time, and `pinpoint purge` removes it then.
CREATE TABLE activity (
    id          INTEGER PRIMARY KEY,
    user_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    scene_id    TEXT,
    detail      TEXT,
    ip_sealed   BLOB,                   -- the IP address, encrypted (AEAD)
    at          INTEGER NOT NULL,
    account_deleted_at INTEGER
);
CREATE INDEX activity_by_user ON activity(user_id, at DESC);
CREATE INDEX activity_by_time ON activity(at);
CREATE INDEX activity_by_deletion ON activity(account_deleted_at)
    WHERE account_deleted_at IS NOT NULL;
