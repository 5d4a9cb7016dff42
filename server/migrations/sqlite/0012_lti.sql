-- LTI 1.3 (issue 16): learning platforms (Canvas, Moodle, ...) a school's
-- admin registered, and launches under way.

-- A platform as its administrator registered Pinpoint there: its issuer,
-- the client id it gave Pinpoint, the deployment, where it signs launches
-- in (authorization URL) and where its public keys are (JWKS URL).
CREATE TABLE lti_platforms (
    id             TEXT PRIMARY KEY,
    school_id      TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    issuer         TEXT NOT NULL,
    client_id      TEXT NOT NULL,
    deployment_id  TEXT NOT NULL,
    auth_url       TEXT NOT NULL,
    jwks_url       TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    UNIQUE (issuer, client_id)
);
CREATE INDEX lti_platforms_by_school ON lti_platforms(school_id);

-- Launches between the platform's login initiation and its signed answer
-- (10 minutes at most): found by the SHA-256 of their `state`, used once,
-- with the nonce the answer must carry. Kept here, not in a cookie, so a
-- launch works in a frame whose browser blocks third-party cookies.
CREATE TABLE lti_logins (
    state_hash   BLOB PRIMARY KEY,
    platform_id  TEXT NOT NULL REFERENCES lti_platforms(id) ON DELETE CASCADE,
    nonce        TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX lti_logins_by_age ON lti_logins(created_at);

-- The tool's own signing keys (RSA), which platforms fetch from
-- /lti/jwks.json: the private key sealed like other secrets, the public
-- one as a JWK. The newest unretired key signs; a retired key stays
-- published for a week, so what it signed still checks out.
CREATE TABLE tool_keys (
    kid             TEXT PRIMARY KEY,
    private_sealed  BLOB NOT NULL,
    public_jwk      TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    retired_at      INTEGER
);
