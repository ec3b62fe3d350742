-- Practising aloud (decision 020). One row per recording (an attempt at a question), with the delivery
-- figures measured in the browser and re-checked on the server. The bytes live in recording_chunk.
create table recording (
    id              bigint generated always as identity primary key,
    owner_id        bigint       not null references account (id) on delete cascade,
    subject_type    varchar(16)  not null,
    subject_id      bigint       not null,
    title           varchar(500) not null,
    created_at      timestamptz  not null,
    content_type    varchar(40)  not null,
    bytes           bigint       not null,
    duration_ms     integer      not null,
    speaking_ms     integer      not null,
    -- long pauses as "start-end" in milliseconds, comma-separated, in order
    long_pauses     text         not null default '',
    target_min_ms   integer      not null,
    target_max_ms   integer      not null,
    best            boolean      not null default false,
    constraint recording_subject_known check (subject_type in ('question')),
    constraint recording_bytes_not_negative check (bytes >= 0),
    constraint recording_speaking_within_duration check (speaking_ms >= 0 and speaking_ms <= duration_ms),
    constraint recording_target_ordered check (target_min_ms >= 0 and target_max_ms >= target_min_ms)
);

create index recording_owner_subject_idx on recording (owner_id, subject_type, subject_id, created_at);
create unique index recording_one_best_key on recording (owner_id, subject_type, subject_id) where best;

-- The bytes in pieces of 256 KB, read and written one piece at a time, so no request holds a whole file.
-- Audio is compressed already: stored out of line without PostgreSQL trying to compress it again.
create table recording_chunk (
    recording_id  bigint  not null references recording (id) on delete cascade,
    position      integer not null,
    data          bytea   not null,
    primary key (recording_id, position),
    constraint recording_chunk_not_empty check (octet_length(data) > 0)
);

alter table recording_chunk alter column data set storage external;
