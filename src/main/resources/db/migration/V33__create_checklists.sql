-- Checklist templates by phase; each new interview gets its own copy of the items to tick.
create table checklist_template_item (
    id       bigint generated always as identity primary key,
    phase    varchar(20)  not null,
    text     varchar(300) not null,
    position integer      not null,
    constraint checklist_template_phase_is_known check (phase in ('VIRTUAL_SETUP', 'DAY_BEFORE', 'DAY_OF', 'AFTER'))
);

create table interview_checklist_item (
    id           bigint generated always as identity primary key,
    interview_id bigint       not null references interview (id) on delete cascade,
    phase        varchar(20)  not null,
    text         varchar(300) not null,
    position     integer      not null,
    done         boolean      not null default false,
    done_at      timestamptz,
    constraint interview_checklist_phase_is_known check (phase in ('VIRTUAL_SETUP', 'DAY_BEFORE', 'DAY_OF', 'AFTER'))
);

create index interview_checklist_item_interview_idx on interview_checklist_item (interview_id, phase, position);

insert into checklist_template_item (phase, text, position) values
('VIRTUAL_SETUP', 'Camera at eye level', 1),
('VIRTUAL_SETUP', 'Light in front of you, not behind', 2),
('VIRTUAL_SETUP', 'Neutral, tidy background', 3),
('VIRTUAL_SETUP', 'Audio tested with headphones and microphone', 4),
('VIRTUAL_SETUP', 'Backup connection ready (phone hotspot)', 5),
('VIRTUAL_SETUP', 'Coordinator''s phone number saved', 6),
('DAY_BEFORE', 'Re-read the program dossier', 1),
('DAY_BEFORE', 'Verify the time in both time zones', 2),
('DAY_BEFORE', 'Open every link once and check the platform works', 3),
('DAY_BEFORE', 'Print your CV and personal statement', 4),
('DAY_BEFORE', 'Review your experiences and the questions you will ask', 5),
('DAY_OF', 'Log in 15 minutes early', 1),
('DAY_OF', 'Water, notes and the day sheet within reach', 2),
('DAY_OF', 'Phone silenced, other apps closed', 3),
('DAY_OF', 'Write down the names of everyone you meet', 4),
('AFTER', 'Write your impressions the same day', 1),
('AFTER', 'Note what you would answer differently', 2),
('AFTER', 'Send short thank-you notes if the program welcomes them (optional)', 3);
