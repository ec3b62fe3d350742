-- Sign-in throttling delays instead of locking (decision 002, revised): one row per email and one per client
-- address that failed recently. The old rows held 15-minute locks; they are dropped with the table, which
-- ends any lock in force.
drop table sign_in_throttle;

create table sign_in_throttle (
    subject          varchar(320) primary key,
    failures         integer     not null,
    last_failure_at  timestamptz not null,
    next_attempt_at  timestamptz,
    constraint sign_in_throttle_failures_not_negative check (failures >= 0)
);

-- the hourly purge looks for rows untouched for a day
create index sign_in_throttle_last_failure_at_idx on sign_in_throttle (last_failure_at);
