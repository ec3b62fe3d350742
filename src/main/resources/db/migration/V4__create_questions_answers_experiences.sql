-- Bank questions have no owner; an applicant's private questions have them as owner.
create table question (
    id         bigint generated always as identity primary key,
    category   varchar(20)  not null,
    structure  varchar(20)  not null,
    text       varchar(300) not null,
    guidance   varchar(1000),
    owner_id   bigint references account (id) on delete cascade,
    retired    boolean      not null default false,
    position   integer      not null default 0,
    created_at timestamptz  not null,
    version    bigint       not null default 0,
    constraint question_category_is_known
        check (category in ('GET_TO_KNOW_YOU', 'IMG', 'RADIOLOGY', 'BEHAVIOURAL', 'RED_FLAG')),
    constraint question_structure_is_known
        check (structure in ('NARRATIVE', 'STAR', 'IMG_PATTERN', 'RED_FLAG_PATTERN', 'FREE_TEXT')),
    constraint question_text_not_blank check (btrim(text) <> '')
);

create index question_owner_idx on question (owner_id);
create index question_category_idx on question (category, position);

-- One answer per applicant and question; its parts (by structure) as a JSON object of part key -> text.
create table answer (
    id           bigint generated always as identity primary key,
    applicant_id bigint      not null references account (id) on delete cascade,
    question_id  bigint      not null references question (id),
    parts        jsonb       not null,
    word_count   integer     not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0,
    constraint answer_one_per_question unique (applicant_id, question_id),
    constraint answer_parts_is_object check (jsonb_typeof(parts) = 'object')
);

-- Every content change is kept; autosaves within one editing burst fold into the same revision.
create table answer_revision (
    id            bigint generated always as identity primary key,
    answer_id     bigint      not null references answer (id) on delete cascade,
    number        integer     not null,
    parts         jsonb       not null,
    word_count    integer     not null,
    started_at    timestamptz not null,
    saved_at      timestamptz not null,
    restored_from integer,
    constraint answer_revision_number_unique unique (answer_id, number)
);

create table experience (
    id            bigint generated always as identity primary key,
    applicant_id  bigint       not null references account (id) on delete cascade,
    title         varchar(200) not null,
    setting       varchar(200) not null default '',
    happened_when varchar(100) not null default '',
    what_happened varchar(5000) not null default '',
    what_it_shows varchar(2000) not null default '',
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint experience_title_not_blank check (btrim(title) <> '')
);

create index experience_applicant_idx on experience (applicant_id);

create table answer_experience (
    answer_id     bigint not null references answer (id) on delete cascade,
    experience_id bigint not null references experience (id) on delete cascade,
    primary key (answer_id, experience_id)
);

create index answer_experience_experience_idx on answer_experience (experience_id);

create table workspace_settings (
    applicant_id     bigint primary key references account (id) on delete cascade,
    words_per_minute integer not null,
    constraint workspace_settings_rate_is_sane check (words_per_minute between 80 and 250)
);
