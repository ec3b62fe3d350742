-- Invitations (decision 018). An account an admin creates by invitation exists at once, so the admin sees it,
-- but it holds a password nobody knows until its owner chooses one on the invitation link.
alter table account add column invited boolean not null default false;

-- Only the SHA-256 of a link's token is kept. A link belongs to its invited account and goes with it, so
-- withdrawing an invitation (deleting the unaccepted account) leaves no link behind.
create table invitation_token (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    token_hash  bytea       not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    constraint invitation_token_hash_is_sha256 check (octet_length(token_hash) = 32),
    constraint invitation_token_expires_after_creation check (expires_at > created_at)
);

create unique index invitation_token_hash_key on invitation_token (token_hash);
create index invitation_token_account_idx on invitation_token (account_id);

-- An applicant asks for a mentor without an account to be invited; an admin approves (which creates the
-- invited mentor account) or declines. The row goes with the applicant, and with the invited account.
create table mentor_invitation (
    id                 bigint generated always as identity primary key,
    applicant_id       bigint       not null references account (id) on delete cascade,
    mentor_email       varchar(254) not null,
    mentor_name        varchar(100) not null,
    status             varchar(16)  not null,
    requested_at       timestamptz  not null,
    decided_at         timestamptz,
    mentor_account_id  bigint references account (id) on delete cascade,
    constraint mentor_invitation_status_known check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    constraint mentor_invitation_approved_has_account check ((status = 'APPROVED') = (mentor_account_id is not null))
);

create unique index mentor_invitation_one_pending_key on mentor_invitation (applicant_id, mentor_email)
    where status = 'PENDING';
create index mentor_invitation_status_idx on mentor_invitation (status, requested_at);
create index mentor_invitation_mentor_idx on mentor_invitation (mentor_account_id);
