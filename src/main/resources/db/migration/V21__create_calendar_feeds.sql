-- A private calendar feed per person: /calendar/<token>.ics lists their mock interviews. Only the
-- SHA-256 of the token is kept, so a leaked database does not leak feed addresses; regenerating
-- replaces the hash (the old address stops working), revoking deletes the row.
create table mock_calendar_feed (
    account_id bigint      primary key references account (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamptz not null,
    constraint mock_calendar_feed_token_unique unique (token_hash)
);
