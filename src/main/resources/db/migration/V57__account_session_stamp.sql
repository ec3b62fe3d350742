-- Sessions ended on every node (decision 019): a session remembers the stamp its account had when it signed in,
-- and each request compares it with this one. Disabling the account, changing its role or its password raises
-- the stamp in the same transaction, so every node refuses the older sessions from their next request on.
alter table account add column session_stamp bigint not null default 0;
alter table account add constraint account_session_stamp_not_negative check (session_stamp >= 0);
