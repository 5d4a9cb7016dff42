-- Work that one server of several must do alone (the hourly purge): the
-- server holding it (a random name it takes at start) and until when.
CREATE TABLE leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    expires_at  INTEGER NOT NULL
);
