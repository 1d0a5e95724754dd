-- E-mail (issue 18): verified addresses, single-use account tokens, and the mail queue.
-- Keep in step with the other backend's migration of the same name.

-- When the account's address was confirmed by following a link sent to it. NULL: never
-- (accounts made before mail existed, and new ones until their link is followed).
ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMP;
-- The language mail to this person is written in (the UI language at sign-up, then theirs).
ALTER TABLE users ADD COLUMN lang TEXT NOT NULL DEFAULT 'nl';

-- Single-use secrets sent by mail: address verification ('verify_email', with the address it
-- confirms, which may be a new one) and password reset ('reset_password'). Stored as SHA-256.
CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    email TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX account_tokens_user ON account_tokens(user_id, purpose);
CREATE INDEX account_tokens_expiry ON account_tokens(expires_at);

-- Mail to send, written in the transaction of the event it reports (the outbox pattern):
-- `event_key` is unique, so one event is queued once. The message is rendered when it is
-- sent (secrets in links are made then and stored only as hashes); `params` holds what the
-- template needs. status: queued, sent, failed (gave up after retries), refused (a permanent
-- SMTP answer).
CREATE TABLE mail_queue (
    id TEXT PRIMARY KEY NOT NULL,
    event_key TEXT NOT NULL UNIQUE,
    user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    to_address TEXT NOT NULL,
    lang TEXT NOT NULL,
    kind TEXT NOT NULL,
    params TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX mail_queue_due ON mail_queue(status, next_attempt_at);
CREATE INDEX mail_queue_user ON mail_queue(user_id);
