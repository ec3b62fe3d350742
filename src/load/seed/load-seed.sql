-- Load-test data: :applicants applicants (loadapplicant1..N@matchprep.test) and :mentors mentors
-- (loadmentor1..M@matchprep.test), all with the demo password. Each applicant is paired with one mentor,
-- has an answer to "What are your greatest strengths?" shared with that mentor for review, and every
-- mentor is free for mocks every day, all day. Repeatable: the load accounts of an earlier run are
-- deleted first (their answers, shares, comments and bookings go with them), so every run starts alike.
-- Run by src/load/seed.sh against the app's database; the demo accounts must exist (embedded demo data).
\set ON_ERROR_STOP on
begin;

delete from review_share where applicant_id in (select id from account where email like 'load%@matchprep.test');
delete from comment_thread where mentor_id in (select id from account where email like 'load%@matchprep.test');
delete from account where email like 'load%@matchprep.test';

-- Same hash as the demo accounts: the password is the demo password, and sign-in pays the real hashing cost.
insert into account (email, display_name, password_hash, time_zone, role, created_at)
select 'loadmentor' || n || '@matchprep.test', 'Dr. Load Mentor ' || n,
       (select password_hash from account where email = 'mentor@matchprep.test'),
       'America/Chicago', 'MENTOR', now()
from generate_series(1, :mentors) n;

insert into account (email, display_name, password_hash, time_zone, role, created_at)
select 'loadapplicant' || n || '@matchprep.test', 'Load Applicant ' || n,
       (select password_hash from account where email = 'applicant@matchprep.test'),
       'Asia/Kolkata', 'APPLICANT', now()
from generate_series(1, :applicants) n;

-- applicant n is paired with mentor ((n - 1) mod M) + 1
create temporary table load_pair on commit drop as
select a.id as applicant_id, m.id as mentor_id
from generate_series(1, :applicants) n
join account a on a.email = 'loadapplicant' || n || '@matchprep.test'
join account m on m.email = 'loadmentor' || ((n - 1) % :mentors + 1) || '@matchprep.test';

insert into pairing (applicant_id, mentor_id, status, invited_by, created_at, responded_at)
select applicant_id, mentor_id, 'ACTIVE', 'ADMIN', now(), now() from load_pair;

insert into answer (applicant_id, question_id, parts, word_count, created_at, updated_at)
select p.applicant_id, q.id,
       jsonb_build_object('answer', 'I stay calm under pressure. On night float I triaged ten urgent scans an hour '
           || 'and called the two that could not wait. I teach: I ran the journal club for our interns.'),
       34, now() - interval '1 day', now() - interval '1 day'
from load_pair p join question q on q.text = 'What are your greatest strengths?';

insert into answer_revision (answer_id, number, parts, word_count, started_at, saved_at)
select a.id, 1, a.parts, a.word_count, a.created_at, a.updated_at
from answer a join load_pair p on p.applicant_id = a.applicant_id;

insert into review_share (subject_type, subject_id, applicant_id, mentor_id, shared_at, review_status, review_note,
                          review_requested_at)
select 'answer', a.id, p.applicant_id, p.mentor_id, now(), 'REQUESTED', 'Is the journal club example enough?', now()
from load_pair p join answer a on a.applicant_id = p.applicant_id;

insert into mock_settings (mentor_id, buffer_minutes, notice_hours, horizon_weeks, cutoff_hours, meeting_link)
select id, 0, 1, 4, 0, 'https://meet.example.org/' || split_part(email, '@', 1)
from account where email like 'loadmentor%@matchprep.test';

insert into mock_window (mentor_id, kind, day_of_week, start_time, end_time, zone, formats)
select m.id, 'WEEKLY', d, time '08:00', time '20:00', 'America/Chicago', 'FACULTY,RESIDENT,STRESS'
from account m cross join generate_series(1, 7) d
where m.email like 'loadmentor%@matchprep.test';

commit;

select (select count(*) from account where email like 'loadapplicant%') as applicants,
       (select count(*) from account where email like 'loadmentor%') as mentors,
       (select count(*) from review_share s join account a on a.id = s.applicant_id
         where a.email like 'loadapplicant%') as shared_answers;
