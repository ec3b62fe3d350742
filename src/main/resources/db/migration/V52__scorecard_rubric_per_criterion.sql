-- The scorecard rubric follows what programs look for (communication and teamwork, maturity, understanding
-- of radiology, US clinical exposure, a career plan) besides delivery, and asks whether the mentor would
-- rank the applicant. Scores move to one row per criterion, so a scorecard keeps exactly the criteria it
-- was scored with: the eight of the earlier rubric stay readable, new ones hold the eleven of the new one.
create table mock_scorecard_score (
    booking_id bigint      not null references mock_scorecard (booking_id) on delete cascade,
    criterion  varchar(40) not null,
    score      smallint    not null,
    primary key (booking_id, criterion),
    constraint mock_scorecard_score_1_to_5 check (score between 1 and 5)
);

insert into mock_scorecard_score (booking_id, criterion, score)
select booking_id, criterion, score
from mock_scorecard
cross join lateral (values ('STRUCTURE', structure), ('CONCISION', concision), ('FILLER_WORDS', filler_words),
                           ('PACE', pace), ('EYE_CONTACT', eye_contact), ('PRESENCE', presence),
                           ('SPECIFICITY', specificity), ('IMG_QUESTIONS', img_questions)) as old (criterion, score);

alter table mock_scorecard
    drop constraint mock_scorecard_scores_1_to_5,
    drop column structure,
    drop column concision,
    drop column filler_words,
    drop column pace,
    drop column eye_contact,
    drop column presence,
    drop column specificity,
    drop column img_questions,
    -- null on scorecards from before the question was asked
    add column would_rank varchar(20)
        constraint mock_scorecard_would_rank check (would_rank in ('RANK_HIGHLY', 'RANK', 'NOT_YET', 'WOULD_NOT_RANK'));
