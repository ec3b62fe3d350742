-- A mentor advises many applicants; an applicant may have several mentors. One open pairing
-- (invited or active) per applicant and mentor at a time; ended and declined ones stay as history.
create table pairing (
    id           bigint generated always as identity primary key,
    applicant_id bigint      not null references account (id) on delete cascade,
    mentor_id    bigint      not null references account (id) on delete cascade,
    status       varchar(10) not null,
    invited_by   varchar(10) not null,
    created_at   timestamptz not null,
    responded_at timestamptz,
    ended_at     timestamptz,
    ended_by     bigint references account (id) on delete set null,
    version      bigint      not null default 0,
    constraint pairing_status_is_known check (status in ('INVITED', 'ACTIVE', 'DECLINED', 'ENDED')),
    constraint pairing_invited_by_is_known check (invited_by in ('APPLICANT', 'ADMIN')),
    constraint pairing_not_with_oneself check (applicant_id <> mentor_id)
);

create unique index pairing_one_open_per_pair on pairing (applicant_id, mentor_id)
    where status in ('INVITED', 'ACTIVE');
create index pairing_mentor_idx on pairing (mentor_id, status);
create index pairing_applicant_idx on pairing (applicant_id, status);
