create table account (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null,
    display_name  varchar(100) not null,
    password_hash varchar(255) not null,
    time_zone     varchar(64)  not null,
    role          varchar(16)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint account_email_is_normalised check (email = lower(btrim(email))),
    constraint account_role_is_known check (role in ('APPLICANT', 'MENTOR', 'ADMIN')),
    constraint account_display_name_not_blank check (btrim(display_name) <> '')
);

create unique index account_email_key on account (email);
create index account_role_idx on account (role);
