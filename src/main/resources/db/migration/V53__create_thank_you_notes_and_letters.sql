-- After an interview: the people the applicant met (name and role, in order), each with the thank-you
-- note drafted for them and the day it was sent (by the applicant, outside the app). The old free-text
-- "who you met" impression stays as it was; existing interviews start with nobody listed.
create table interview_person (
    id             bigint generated always as identity primary key,
    interview_id   bigint        not null references interview (id) on delete cascade,
    position       integer       not null,
    name           varchar(120)  not null,
    role           varchar(120)  not null default '',
    specific_thing varchar(300)  not null default '',
    note           varchar(3000) not null default '',
    sent_on        date,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    constraint interview_person_name_not_blank check (btrim(name) <> ''),
    -- deferred, so two people can swap places in one transaction
    constraint interview_person_position_once unique (interview_id, position) deferrable initially deferred
);

-- A program that asked not to receive thank-you notes: its interview shows none as due.
create table interview_no_thank_you (
    interview_id bigint      primary key references interview (id) on delete cascade,
    marked_at    timestamptz not null
);

-- Letters to a program after its interview: an update, or a letter of intent.
create table program_letter (
    id           bigint generated always as identity primary key,
    applicant_id bigint        not null references account (id) on delete cascade,
    dossier_id   bigint        not null references program_dossier (id) on delete cascade,
    kind         varchar(10)   not null,
    body         varchar(6000) not null default '',
    sent_on      date,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint program_letter_kind_is_known check (kind in ('UPDATE', 'INTENT'))
);

create index program_letter_dossier_idx on program_letter (dossier_id);
create index program_letter_applicant_idx on program_letter (applicant_id);
