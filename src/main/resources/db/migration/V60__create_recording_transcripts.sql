-- Transcripts of recordings (decision 020, "Transcription"), made in the background by a self-hosted
-- speech-to-text server when matchprep.transcription.url is set. The row is the queue entry and the result:
-- queued with the upload, claimed with a lease by the worker, retried with backoff, kept when done.
create table recording_transcript (
    recording_id     bigint       primary key references recording (id) on delete cascade,
    status           varchar(16)  not null default 'PENDING',
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    claimed_until    timestamptz,
    last_error       varchar(1000),
    text             text,
    -- [{"startMs":0,"endMs":2400,"text":"..."}], in order
    segments         jsonb,
    language         varchar(32),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint recording_transcript_status_known check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    constraint recording_transcript_attempts_not_negative check (attempts >= 0)
);

create index recording_transcript_due_idx on recording_transcript (next_attempt_at) where status in ('PENDING', 'RUNNING');
