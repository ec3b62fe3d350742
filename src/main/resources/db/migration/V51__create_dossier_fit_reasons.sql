-- "Why our program?" is written per program: the dossier's talking points are the reasons the applicant is
-- drawn there (2-3), and these are the reasons they fit there (1-2). Existing dossiers start with none.
create table program_dossier_fit_reason (
    dossier_id bigint        not null references program_dossier (id) on delete cascade,
    position   integer       not null,
    text       varchar(1000) not null,
    primary key (dossier_id, position)
);
