-- An applicant's shortlist of catalogue programs, in their own order, with a note each and the dossier
-- made from it. One per applicant; it is shared with mentors through the review feature ("shortlist").
create table shortlist (
    id           bigint generated always as identity primary key,
    applicant_id bigint      not null unique references account (id) on delete cascade,
    updated_at   timestamptz not null,
    version      bigint      not null default 0
);

create table shortlist_entry (
    shortlist_id bigint       not null references shortlist (id) on delete cascade,
    position     integer      not null,
    program_id   bigint       not null references catalogue_program (id) on delete cascade,
    note         varchar(500) not null default '',
    dossier_id   bigint       references program_dossier (id) on delete set null,
    added_at     timestamptz  not null,
    primary key (shortlist_id, position),
    unique (shortlist_id, program_id) deferrable initially deferred
);
