-- LTI 1.3 (issue 16); as SQLite's 0012.
CREATE TABLE lti_platforms (
    id             TEXT PRIMARY KEY,
    school_id      TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    issuer         TEXT NOT NULL,
    client_id      TEXT NOT NULL,
    deployment_id  TEXT NOT NULL,
    auth_url       TEXT NOT NULL,
    jwks_url       TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    CONSTRAINT "lti_platforms.issuer, lti_platforms.client_id" UNIQUE (issuer, client_id)
);
CREATE INDEX lti_platforms_by_school ON lti_platforms(school_id);

CREATE TABLE lti_logins (
    state_hash   BYTEA PRIMARY KEY,
    platform_id  TEXT NOT NULL REFERENCES lti_platforms(id) ON DELETE CASCADE,
    nonce        TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE INDEX lti_logins_by_age ON lti_logins(created_at);

CREATE TABLE tool_keys (
    kid             TEXT PRIMARY KEY,
    private_sealed  BYTEA NOT NULL,
    public_jwk      TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    retired_at      BIGINT
);
