-- After a mock ends its mentor scores delivery 1-5 on eight points, notes each question practised and
-- adds overall notes. One scorecard per mock; only its applicant and mentor read it (ScorecardService).
create table mock_scorecard (
    booking_id    bigint primary key references mock_booking (id) on delete cascade,
    structure     smallint not null,
    concision     smallint not null,
    filler_words  smallint not null,
    pace          smallint not null,
    eye_contact   smallint not null,
    presence      smallint not null,
    specificity   smallint not null,
    img_questions smallint not null,
    overall_notes varchar(4000),
    scored_at     timestamptz not null,
    version       bigint not null default 0,
    constraint mock_scorecard_scores_1_to_5 check (
        structure between 1 and 5 and concision between 1 and 5 and filler_words between 1 and 5
        and pace between 1 and 5 and eye_contact between 1 and 5 and presence between 1 and 5
        and specificity between 1 and 5 and img_questions between 1 and 5)
);

-- Notes per question practised, in order. question_id links the applicant's own question when known.
create table mock_scorecard_note (
    booking_id     bigint       not null references mock_scorecard (booking_id) on delete cascade,
    position       integer      not null,
    question_title varchar(300) not null,
    question_id    bigint references question (id) on delete set null,
    note           varchar(2000),
    primary key (booking_id, position)
);
