-- One review stack for every kind of text applicants share (answers, program dossiers, and kinds to come):
-- shares and threads name their subject by kind and id instead of one column per kind. Each kind's
-- provider (in its own feature) loads the subject; a subject that no longer exists gives no access and is
-- tidied away by the review feature's housekeeping, since a foreign key cannot point at several tables.

create table review_share (
    id                     bigint generated always as identity primary key,
    subject_type           varchar(20)   not null,
    subject_id             bigint        not null,
    applicant_id           bigint        not null references account (id) on delete cascade,
    mentor_id              bigint        not null references account (id) on delete cascade,
    shared_at              timestamptz   not null,
    review_status          varchar(12)   not null default 'NONE',
    review_note            varchar(1000),
    review_requested_at    timestamptz,
    -- the text the mentor had reviewed when they marked the review done, part key -> text, so that
    -- "changes since your review" works for kinds without revisions too
    reviewed_parts         jsonb,
    reviewed_revision      integer,
    reviewed_at            timestamptz,
    version                bigint        not null default 0,
    constraint review_share_once_per_mentor unique (subject_type, subject_id, mentor_id),
    constraint review_share_status_is_known check (review_status in ('NONE', 'REQUESTED', 'IN_REVIEW', 'DONE')),
    constraint review_share_type_is_a_name check (subject_type ~ '^[a-z][a-z-]*$'),
    constraint review_share_reviewed_parts_is_object check (reviewed_parts is null or jsonb_typeof(reviewed_parts) = 'object')
);

create index review_share_mentor_idx on review_share (mentor_id);
create index review_share_applicant_idx on review_share (applicant_id);

insert into review_share (subject_type, subject_id, applicant_id, mentor_id, shared_at, review_status, review_note,
                          review_requested_at, reviewed_parts, reviewed_revision, reviewed_at, version)
select 'answer', s.answer_id, s.applicant_id, s.mentor_id, s.shared_at, s.review_status, s.review_note,
       s.review_requested_at, r.parts, r.number, s.reviewed_at, s.version
from answer_share s left join answer_revision r on r.id = s.reviewed_revision_id
order by s.id;

insert into review_share (subject_type, subject_id, applicant_id, mentor_id, shared_at)
select 'dossier', dossier_id, applicant_id, mentor_id, shared_at from dossier_share order by id;

drop table answer_share;
drop table dossier_share;

-- Threads: the subject by kind and id; the revision (for kinds that have them) stays a plain id.
alter table comment_thread add column subject_type varchar(20);
alter table comment_thread add column subject_id bigint;
update comment_thread set subject_type = 'answer', subject_id = answer_id where answer_id is not null;
update comment_thread set subject_type = 'dossier', subject_id = dossier_id where dossier_id is not null;
alter table comment_thread drop constraint comment_thread_about_one_thing;
alter table comment_thread drop constraint comment_thread_answer_has_revision;
alter table comment_thread drop column answer_id;
alter table comment_thread drop column dossier_id;
alter table comment_thread drop constraint if exists comment_thread_revision_id_fkey;
alter table comment_thread alter column subject_type set not null;
alter table comment_thread alter column subject_id set not null;
alter table comment_thread add constraint comment_thread_type_is_a_name check (subject_type ~ '^[a-z][a-z-]*$');

create index comment_thread_subject_idx on comment_thread (subject_type, subject_id, mentor_id);
