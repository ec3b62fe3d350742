-- Program dossiers (with the impressions of their interviews) shared with mentors, who comment on
-- passages with the same threads as answers.

-- One row per dossier and mentor it is shared with. Revoking deletes the row: access ends at once.
create table dossier_share (
    id           bigint generated always as identity primary key,
    dossier_id   bigint      not null references program_dossier (id) on delete cascade,
    applicant_id bigint      not null references account (id) on delete cascade,
    mentor_id    bigint      not null references account (id) on delete cascade,
    shared_at    timestamptz not null,
    constraint dossier_share_once_per_mentor unique (dossier_id, mentor_id)
);

create index dossier_share_mentor_idx on dossier_share (mentor_id);
create index dossier_share_applicant_idx on dossier_share (applicant_id);

-- A thread is about an answer (anchored in a revision) or about a dossier (no revisions: anchored in the
-- text as it was when commented, re-located in the current text on every read).
alter table comment_thread alter column answer_id drop not null;
alter table comment_thread alter column revision_id drop not null;
alter table comment_thread add column dossier_id bigint references program_dossier (id) on delete cascade;
alter table comment_thread add constraint comment_thread_about_one_thing
    check ((answer_id is null) <> (dossier_id is null));
alter table comment_thread add constraint comment_thread_answer_has_revision
    check (answer_id is null or revision_id is not null);

create index comment_thread_dossier_idx on comment_thread (dossier_id, mentor_id);
