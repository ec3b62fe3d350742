-- The advising office's program catalogue: shared by everyone, written by admins and the mentors an
-- admin allows (catalogue_editor). Each piece of IMG-friendliness evidence carries its source link and
-- the date someone checked it, because evidence goes stale every season.
create table catalogue_program (
    id                         bigint generated always as identity primary key,
    name                       varchar(200)  not null,
    institution                varchar(200)  not null default '',
    city                       varchar(100)  not null,
    state                      varchar(2)    not null,
    time_zone                  varchar(64)   not null,
    setting                    varchar(20)   not null,
    positions_per_year         integer       not null,
    preliminary_year_attached  boolean       not null default false,
    fellowships                varchar(1000) not null default '',
    img_residents_source       varchar(500),
    img_residents_checked_on   date,
    statement                  varchar(1000) not null default '',
    statement_source           varchar(500),
    statement_checked_on       date,
    match_list_source          varchar(500),
    match_list_checked_on      date,
    max_years_since_graduation integer,
    min_step2_score            integer,
    min_us_clinical_months     integer,
    notes                      varchar(2000) not null default '',
    created_at                 timestamptz   not null,
    updated_at                 timestamptz   not null,
    version                    bigint        not null default 0,
    constraint catalogue_program_name_not_blank check (btrim(name) <> ''),
    constraint catalogue_program_setting_is_known check (setting in ('ACADEMIC', 'COMMUNITY', 'HYBRID')),
    constraint catalogue_program_positions check (positions_per_year between 1 and 60),
    constraint catalogue_program_graduation check (max_years_since_graduation between 0 and 40),
    constraint catalogue_program_step2 check (min_step2_score between 200 and 300),
    constraint catalogue_program_clinical_months check (min_us_clinical_months between 0 and 36)
);

-- "Duplicates refused ignoring case and spacing": the same key twice is the same program.
create unique index catalogue_program_one_per_name
    on catalogue_program (lower(regexp_replace(btrim(name), '\s+', ' ', 'g')));

create table catalogue_program_img_residents (
    program_id    bigint  not null references catalogue_program (id) on delete cascade,
    academic_year integer not null,
    img_residents integer not null,
    primary key (program_id, academic_year),
    constraint catalogue_img_residents_year check (academic_year between 2000 and 2100),
    constraint catalogue_img_residents_count check (img_residents between 0 and 300)
);

create table catalogue_editor (
    account_id bigint      primary key references account (id) on delete cascade,
    granted_by bigint      references account (id) on delete set null,
    granted_at timestamptz not null
);
