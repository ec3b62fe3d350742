-- The applicant's rank order of the programs they interviewed at (1 = first choice).
create table rank_entry (
    applicant_id bigint  not null references account (id) on delete cascade,
    dossier_id   bigint  not null references program_dossier (id) on delete cascade,
    position     integer not null,
    primary key (applicant_id, dossier_id)
);
