-- Sign-in with school accounts (issue 16); as SQLite's 0011.

-- An account's sign-ins with an OpenID Connect provider, by the provider's
-- (issuer, subject): nothing else of the provider account is kept, and an
-- account is never found by its email alone.
CREATE TABLE identities (
    issuer      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    provider    TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX identities_by_user ON identities(user_id);

-- Sign-ins under way (at most 10 minutes), found by the SHA-256 of their
-- `state`, used once.
CREATE TABLE oidc_logins (
    state_hash     BYTEA PRIMARY KEY,
    provider       TEXT NOT NULL,
    nonce          TEXT NOT NULL,
    pkce_verifier  TEXT NOT NULL,
    return_to      TEXT NOT NULL,
    link_user_id   TEXT REFERENCES users(id) ON DELETE CASCADE,
    created_at     BIGINT NOT NULL
);
CREATE INDEX oidc_logins_by_age ON oidc_logins(created_at);

-- Email domains (lowercase) whose first sign-ins through a provider become
-- students of the school; a domain belongs to one school at most.
CREATE TABLE school_domains (
    domain     TEXT CONSTRAINT "school_domains.domain" PRIMARY KEY,
    school_id  TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE
);
CREATE INDEX school_domains_by_school ON school_domains(school_id);
