-- Sign-in with school accounts (issue 16).

-- An account's sign-ins with an OpenID Connect provider, by the provider's
-- (issuer, subject): nothing else of the provider account is kept, and an
-- account is never found by its email alone. `provider` is the operator's
-- name for the provider (serve --config), shown in settings.
CREATE TABLE identities (
    issuer      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    provider    TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX identities_by_user ON identities(user_id);

-- Sign-ins under way, between the redirect to the provider and its answer
-- (at most 10 minutes): found by the SHA-256 of their `state`, used once.
-- `link_user_id`: connecting the provider to a signed-in account.
CREATE TABLE oidc_logins (
    state_hash     BLOB PRIMARY KEY,
    provider       TEXT NOT NULL,
    nonce          TEXT NOT NULL,
    pkce_verifier  TEXT NOT NULL,
    return_to      TEXT NOT NULL,
    link_user_id   TEXT REFERENCES users(id) ON DELETE CASCADE,
    created_at     INTEGER NOT NULL
);
CREATE INDEX oidc_logins_by_age ON oidc_logins(created_at);

-- Email domains (lowercase) whose first sign-ins through a provider become
-- students of the school (the school setting `sso_domains`); a domain
-- belongs to one school at most.
CREATE TABLE school_domains (
    domain     TEXT PRIMARY KEY,
    school_id  TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE
);
CREATE INDEX school_domains_by_school ON school_domains(school_id);
