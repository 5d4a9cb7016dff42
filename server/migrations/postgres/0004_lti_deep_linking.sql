-- LTI deep linking (issue 16); as SQLite's 0013.

-- Instructors' platform accounts linked to their Pinpoint accounts, per
-- registered platform: the platform's subject, nothing else. Apart from
-- `identities`, so a platform registration can never stand in for a
-- sign-in provider with the same issuer.
CREATE TABLE lti_links (
    platform_id  TEXT NOT NULL REFERENCES lti_platforms(id) ON DELETE CASCADE,
    subject      TEXT NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (platform_id, subject)
);
CREATE INDEX lti_links_by_user ON lti_links(user_id);

-- Deep-linking launches waiting for the instructor's choice (30 minutes at
-- most): found by the SHA-256 of the token in the picker's address, used
-- once. Kept here, not in a cookie, as the picker runs in the platform's
-- frame. `data` is the platform's opaque value to send back.
CREATE TABLE lti_deep_links (
    token_hash   BYTEA PRIMARY KEY,
    platform_id  TEXT NOT NULL REFERENCES lti_platforms(id) ON DELETE CASCADE,
    subject      TEXT NOT NULL,
    return_url   TEXT NOT NULL,
    data         TEXT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX lti_deep_links_by_age ON lti_deep_links(created_at);
