-- One dossier per program an applicant prepares for; everything in it is the applicant's own.
create table program_dossier (
    id                 bigint generated always as identity primary key,
    applicant_id       bigint        not null references account (id) on delete cascade,
    name               varchar(200)  not null,
    city               varchar(100)  not null default '',
    state              varchar(100)  not null default '',
    program_type       varchar(20)   not null,
    size               varchar(200)  not null default '',
    fellowships        varchar(2000) not null default '',
    strengths          varchar(2000) not null default '',
    faculty            varchar(2000) not null default '',
    facilities         varchar(2000) not null default '',
    teaching_structure varchar(2000) not null default '',
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint program_dossier_name_not_blank check (btrim(name) <> ''),
    constraint program_dossier_type_is_known check (program_type in ('ACADEMIC', 'COMMUNITY', 'HYBRID'))
);

-- "One per program": the same name twice (in any letter case) is the same program.
create unique index program_dossier_one_per_program on program_dossier (applicant_id, lower(name));

create table program_dossier_evidence (
    dossier_id bigint        not null references program_dossier (id) on delete cascade,
    position   integer       not null,
    text       varchar(1000) not null,
    url        varchar(500),
    primary key (dossier_id, position)
);

create table program_dossier_talking_point (
    dossier_id bigint        not null references program_dossier (id) on delete cascade,
    position   integer       not null,
    text       varchar(1000) not null,
    primary key (dossier_id, position)
);
