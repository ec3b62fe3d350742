-- Password reset (decision 018): only the SHA-256 of a link's token is kept, so a copy of the database
-- cannot reset anyone's password. A token belongs to its account and goes with it.
create table password_reset_token (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    token_hash  bytea       not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    constraint password_reset_token_hash_is_sha256 check (octet_length(token_hash) = 32),
    constraint password_reset_token_expires_after_creation check (expires_at > created_at)
);

create unique index password_reset_token_hash_key on password_reset_token (token_hash);
create index password_reset_token_account_idx on password_reset_token (account_id);

-- Reset requests of the last hour, one row per request and subject ("email:…" or "client:…"), for the
-- throttle; kept for unknown addresses too, so the throttle does not reveal an account. Purged hourly.
create table password_reset_request (
    id            bigint generated always as identity primary key,
    subject       varchar(320) not null,
    requested_at  timestamptz  not null
);

create index password_reset_request_subject_idx on password_reset_request (subject, requested_at);
create index password_reset_request_requested_at_idx on password_reset_request (requested_at);
