-- One row per real program interview. The time is an instant (UTC) plus the program's IANA zone, so it
-- can be shown in the program's local time and in the applicant's, whatever the clocks do meanwhile.
create table interview (
    id                 bigint generated always as identity primary key,
    applicant_id       bigint        not null references account (id) on delete cascade,
    dossier_id         bigint        not null references program_dossier (id) on delete cascade,
    starts_at          timestamptz   not null,
    program_zone       varchar(64)   not null,
    platform           varchar(60)   not null default '',
    link               varchar(500),
    structure          varchar(2000) not null default '',
    status             varchar(12)   not null,
    met                varchar(2000) not null default '',
    culture            varchar(2000) not null default '',
    teaching           varchar(2000) not null default '',
    resident_happiness varchar(2000) not null default '',
    red_flags          varchar(2000) not null default '',
    standout           varchar(2000) not null default '',
    impressions_at     timestamptz,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint interview_status_is_known check (status in ('INVITED', 'SCHEDULED', 'DONE', 'WITHDRAWN')),
    constraint interview_link_is_web check (link is null or link ~* '^https?://')
);

create index interview_applicant_idx on interview (applicant_id, starts_at);
create index interview_dossier_idx on interview (dossier_id);
