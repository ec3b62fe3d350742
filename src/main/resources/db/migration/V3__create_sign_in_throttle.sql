-- One row per email that failed to sign in, known account or not, so both are throttled alike.
create table sign_in_throttle (
    email             varchar(254) primary key,
    failures          integer     not null,
    window_started_at timestamptz not null,
    locked_until      timestamptz,
    constraint sign_in_throttle_failures_not_negative check (failures >= 0)
);
