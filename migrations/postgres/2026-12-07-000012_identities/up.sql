-- Sign-in with a school's identity provider (issue 18, OpenID Connect).
-- Keep in step with the other backend's migration of the same name.

-- An account's identities at providers: the provider's subject (`sub`) is the key; the address
-- it gave is shown on /account. Several providers may be linked to one account.
CREATE TABLE user_identities (
    provider TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX user_identities_user ON user_identities(user_id);

-- Sign-ins under way: one row per redirect to a provider, taken once by the callback. The
-- state and the browser binding are stored as SHA-256; the nonce and PKCE verifier are only of
-- use together with a code the provider gives that very browser, within ten minutes.
CREATE TABLE oidc_logins (
    state_hash TEXT PRIMARY KEY NOT NULL,
    browser_hash TEXT NOT NULL,
    provider TEXT NOT NULL,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    next_path TEXT NOT NULL,
    link_user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    -- 'sign_in', 'link' (to link_user_id) or 'delete' (link_user_id confirms deleting itself,
    -- with what `payload` says becomes of its work).
    purpose TEXT NOT NULL DEFAULT 'sign_in',
    payload TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX oidc_logins_expiry ON oidc_logins(expires_at);
