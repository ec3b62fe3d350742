-- Questions to ask, revised for US-citizen IMGs in radiology (issue 15, item 3).

-- 1. The visa question does not apply to US citizens. The table has no retire flag, so the bank question
--    goes; interview_question references it with "on delete cascade", so every interview that had chosen it
--    simply loses that one choice and keeps the others.
delete from ask_question
where owner_id is null and text = 'Does the program sponsor visas, and which ones?';

-- 2. "Program director and faculty" becomes two audiences. The old check allows only the old names, so it
--    is replaced around the update.
alter table ask_question drop constraint ask_question_audience_is_known;

update ask_question set audience = 'FACULTY'
where owner_id is null and audience = 'PROGRAM_DIRECTOR_FACULTY' and text in (
    'What sets apart the residents who thrive here from those who only get through?',
    'How are AI tools used in your reading rooms today, and how do you teach residents to judge them?',
    'What support is there for a resident who wants to start a research project in the first year?');

-- Everything else that was for "program director and faculty" (the rest of the bank, and questions
-- applicants wrote themselves, whom we cannot ask) goes to the program director: program-level questions.
-- Ids do not change, so every interview's chosen questions stay chosen.
update ask_question set audience = 'PROGRAM_DIRECTOR' where audience = 'PROGRAM_DIRECTOR_FACULTY';

alter table ask_question add constraint ask_question_audience_is_known
    check (audience in ('PROGRAM_DIRECTOR', 'FACULTY', 'RESIDENTS', 'IMG_RELATED'));

-- 3. Two questions read like accusations; they keep their intent, asked with curiosity instead.
update ask_question
set text = 'How do residents bring ideas or concerns to the program''s leadership, and what has changed recently because of them?'
where owner_id is null and text = 'How did the program respond the last time residents raised a concern?';

update ask_question
set text = 'How are first-year rotations and call shared out, and what helps a resident who trained abroad get ready for their first call?'
where owner_id is null and text = 'Are there differences in how US and international graduates are assigned to rotations or call?';

-- 4. New questions: how radiology works with the emergency department and surgery, how calling critical
--    findings is taught and supervised, and enough for each new audience to choose from.
insert into ask_question (audience, text, position, created_at) values
('FACULTY', 'How does radiology work with the emergency department and the surgical teams here, for example who protocols overnight studies and how residents take part in those conversations?', 0, now()),
('FACULTY', 'What does a readout with you look like, and how does it change as a resident moves from first to fourth year?', 5, now()),
('FACULTY', 'Which multidisciplinary conferences, such as tumor boards, do residents attend or present at?', 6, now()),
('FACULTY', 'When an overnight preliminary read and the final report differ, how is that fed back to the resident?', 7, now()),
('FACULTY', 'Which cases or services here do you most enjoy teaching on, and why?', 8, now()),
('PROGRAM_DIRECTOR', 'How does the program work with residents who want to pursue interventional radiology, including the ESIR pathway?', 10, now()),
('PROGRAM_DIRECTOR', 'How do incoming residents arrange their preliminary or transitional year, and does the program keep in touch with them during it?', 11, now()),
('RESIDENTS', 'How were you taught to call a critical finding to a clinical team, and who backed you up the first few times?', 10, now());

-- 5. Number each audience's bank questions 1, 2, 3... again, in the order they had.
update ask_question q set position = ordered.position
from (select id, row_number() over (partition by audience order by position, id) as position
      from ask_question where owner_id is null) ordered
where q.id = ordered.id;
