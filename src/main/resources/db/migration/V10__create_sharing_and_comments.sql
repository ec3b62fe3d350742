-- Sharing answers with mentors, review requests, and inline comment threads.

-- A revision a mentor has read is sealed: later saves start a new revision instead of folding into it,
-- so a comment always points into the exact text its author saw.
alter table answer_revision add column sealed_at timestamptz;

-- One row per answer and mentor it is shared with. Revoking deletes the row: access ends at once.
-- The review state lives here because each mentor reviews on their own schedule.
create table answer_share (
    id                   bigint generated always as identity primary key,
    answer_id            bigint        not null references answer (id) on delete cascade,
    applicant_id         bigint        not null references account (id) on delete cascade,
    mentor_id            bigint        not null references account (id) on delete cascade,
    shared_at            timestamptz   not null,
    review_status        varchar(12)   not null default 'NONE',
    review_note          varchar(1000),
    review_requested_at  timestamptz,
    reviewed_revision_id bigint references answer_revision (id) on delete set null,
    reviewed_at          timestamptz,
    version              bigint        not null default 0,
    constraint answer_share_once_per_mentor unique (answer_id, mentor_id),
    constraint answer_share_status_is_known check (review_status in ('NONE', 'REQUESTED', 'IN_REVIEW', 'DONE'))
);

create index answer_share_mentor_idx on answer_share (mentor_id);
create index answer_share_applicant_idx on answer_share (applicant_id);

-- A conversation about one passage, between the applicant and the mentor who started it. The anchor
-- (quote, up to 32 characters of context each side, start offset) is the passage as it stood in the
-- revision the mentor read; newer revisions re-locate it when shown.
create table comment_thread (
    id           bigint generated always as identity primary key,
    answer_id    bigint        not null references answer (id) on delete cascade,
    mentor_id    bigint        not null references account (id) on delete cascade,
    revision_id  bigint        not null references answer_revision (id) on delete cascade,
    part_key     varchar(40)   not null,
    quote        text          not null,
    prefix       varchar(32)   not null,
    suffix       varchar(32)   not null,
    start_offset integer       not null,
    created_at   timestamptz   not null,
    resolved_at  timestamptz,
    resolved_by  bigint references account (id) on delete set null,
    version      bigint        not null default 0,
    constraint comment_thread_quote_not_blank check (length(btrim(quote)) > 0),
    constraint comment_thread_start_not_negative check (start_offset >= 0)
);

create index comment_thread_answer_idx on comment_thread (answer_id, mentor_id);

create table thread_comment (
    id         bigint generated always as identity primary key,
    thread_id  bigint        not null references comment_thread (id) on delete cascade,
    author_id  bigint        not null references account (id) on delete cascade,
    body       varchar(4000) not null,
    created_at timestamptz   not null,
    edited_at  timestamptz,
    deleted_at timestamptz,
    version    bigint        not null default 0
);

create index thread_comment_thread_idx on thread_comment (thread_id, created_at);
