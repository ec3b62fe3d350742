-- Mock interviews: a mentor's availability (wall-clock windows in an IANA zone, expanded per date so
-- daylight-saving changes never move them), days off, settings, and bookings stored as UTC instants.
create extension if not exists btree_gist;

-- A weekly window repeats on day_of_week (1 = Monday .. 7 = Sunday, java.time.DayOfWeek); a one-off
-- window happens once on on_date. Times are wall-clock times in zone, the mentor's zone when created.
-- formats: comma-separated MockFormat names; minutes: per-window length overriding the formats' own.
create table mock_window (
    id          bigint generated always as identity primary key,
    mentor_id   bigint      not null references account (id) on delete cascade,
    kind        varchar(10) not null,
    day_of_week smallint,
    on_date     date,
    start_time  time        not null,
    end_time    time        not null,
    zone        varchar(64) not null,
    formats     varchar(60) not null,
    minutes     integer,
    version     bigint      not null default 0,
    constraint mock_window_kind_is_known check (kind in ('WEEKLY', 'ONE_OFF')),
    constraint mock_window_weekly_or_dated check (
        (kind = 'WEEKLY' and day_of_week between 1 and 7 and on_date is null)
        or (kind = 'ONE_OFF' and on_date is not null and day_of_week is null)),
    constraint mock_window_starts_before_it_ends check (start_time < end_time),
    constraint mock_window_minutes_in_range check (minutes is null or minutes between 10 and 120)
);
create index mock_window_mentor_idx on mock_window (mentor_id);

-- A date (in the mentor's zone) on which none of their windows opens.
create table mock_day_off (
    id        bigint generated always as identity primary key,
    mentor_id bigint not null references account (id) on delete cascade,
    day       date   not null,
    constraint mock_day_off_once unique (mentor_id, day)
);

-- Absent row = defaults (buffer 10 min, notice 12 h, horizon 4 weeks, applicant cut-off 12 h).
create table mock_settings (
    mentor_id      bigint  primary key references account (id) on delete cascade,
    buffer_minutes integer not null,
    notice_hours   integer not null,
    horizon_weeks  integer not null,
    cutoff_hours   integer not null,
    version        bigint  not null default 0,
    constraint mock_settings_in_range check (buffer_minutes between 0 and 120 and notice_hours between 0 and 336
        and horizon_weeks between 1 and 52 and cutoff_hours between 0 and 336)
);

-- How double booking is prevented: by PostgreSQL, not by the service's check alone (two requests can
-- both pass a check before either writes). Two exclusion constraints over active (BOOKED) rows:
--  * per mentor, over [starts_at, blocked_until): blocked_until = ends_at + the mentor's buffer at booking
--    time, so the buffer after each mock is part of the mentor's range and a later booking cannot start
--    inside it (a buffer before a mock follows from the buffer after the one before it);
--  * per applicant, over the raw [starts_at, ends_at): an applicant needs no buffer of the mentor's.
-- A violation raises SQLState 23P01, which BookingService turns into "That slot was just taken".
-- Cancelled and rescheduled rows leave the constraints, so their time can be booked again.
-- sequence is the ICS SEQUENCE: raised on every change the calendar of either person must follow.
create table mock_booking (
    id             bigint generated always as identity primary key,
    mentor_id      bigint       not null references account (id) on delete cascade,
    applicant_id   bigint       not null references account (id) on delete cascade,
    format         varchar(10)  not null,
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    blocked_until  timestamptz  not null,
    status         varchar(12)  not null,
    created_at     timestamptz  not null,
    cancelled_at   timestamptz,
    cancelled_by   bigint references account (id) on delete set null,
    cancel_reason  varchar(500),
    rescheduled_to bigint references mock_booking (id) on delete set null,
    sequence       integer      not null default 0,
    version        bigint       not null default 0,
    constraint mock_booking_status_is_known check (status in ('BOOKED', 'CANCELLED', 'RESCHEDULED')),
    constraint mock_booking_format_is_known check (format in ('FACULTY', 'RESIDENT', 'STRESS')),
    constraint mock_booking_has_length check (starts_at < ends_at and ends_at <= blocked_until),
    constraint mock_booking_not_with_oneself check (applicant_id <> mentor_id),
    constraint mock_booking_mentor_free exclude using gist (
        mentor_id with =, tstzrange(starts_at, blocked_until, '[)') with &&) where (status = 'BOOKED'),
    constraint mock_booking_applicant_free exclude using gist (
        applicant_id with =, tstzrange(starts_at, ends_at, '[)') with &&) where (status = 'BOOKED')
);
create index mock_booking_mentor_idx on mock_booking (mentor_id, starts_at);
create index mock_booking_applicant_idx on mock_booking (applicant_id, starts_at);
