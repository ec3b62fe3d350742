-- Checklists follow the interview guide: a set-up for virtual interviews and one for interviews in person,
-- the week before, the day before, the day itself (with the reset between interviews) and after.
-- A template item with a format is copied only to interviews of that format; one without, to every interview.
-- Applicants may add their own items to an interview's checklist (own = true) and delete only those.

alter table checklist_template_item drop constraint checklist_template_phase_is_known;
alter table checklist_template_item add constraint checklist_template_phase_is_known
    check (phase in ('VIRTUAL_SETUP', 'IN_PERSON_SETUP', 'WEEK_BEFORE', 'DAY_BEFORE', 'DAY_OF', 'AFTER'));
alter table checklist_template_item add column format varchar(10);
alter table checklist_template_item add constraint checklist_template_format_is_known
    check (format is null or format in ('VIRTUAL', 'IN_PERSON'));

alter table interview_checklist_item drop constraint interview_checklist_phase_is_known;
alter table interview_checklist_item add constraint interview_checklist_phase_is_known
    check (phase in ('VIRTUAL_SETUP', 'IN_PERSON_SETUP', 'WEEK_BEFORE', 'DAY_BEFORE', 'DAY_OF', 'AFTER'));
alter table interview_checklist_item add column own boolean not null default false;

-- Nothing refers to the template rows: interviews hold copies.
delete from checklist_template_item;

insert into checklist_template_item (phase, format, text, position) values
('VIRTUAL_SETUP', 'VIRTUAL', 'Camera steady, at eye level, with a sharp picture', 1),
('VIRTUAL_SETUP', 'VIRTUAL', 'Light from a lamp in front of you, no harsh ceiling light or window behind', 2),
('VIRTUAL_SETUP', 'VIRTUAL', 'Plain, tidy background with nothing personal or distracting', 3),
('VIRTUAL_SETUP', 'VIRTUAL', 'Internet connection and microphone tested', 4),
('VIRTUAL_SETUP', 'VIRTUAL', 'Wired headphones at hand in case the audio fails', 5),
('VIRTUAL_SETUP', 'VIRTUAL', 'A second device and a phone hotspot ready as backup', 6),
('VIRTUAL_SETUP', 'VIRTUAL', 'The coordinator''s phone number saved for connection trouble', 7),
('IN_PERSON_SETUP', 'IN_PERSON', 'Route, travel time and parking or transit checked', 1),
('IN_PERSON_SETUP', 'IN_PERSON', 'Where to report and whom to ask for noted', 2),
('IN_PERSON_SETUP', 'IN_PERSON', 'Printed copies of your CV and application in a folder', 3),
('IN_PERSON_SETUP', 'IN_PERSON', 'Comfortable professional shoes for a tour of the department', 4),
('IN_PERSON_SETUP', 'IN_PERSON', 'The coordinator''s phone number saved in case you are delayed', 5),
('WEEK_BEFORE', 'VIRTUAL', 'Logged in to the platform once for practice', 1),
('WEEK_BEFORE', 'IN_PERSON', 'Travel and a place to stay booked', 1),
('WEEK_BEFORE', null, 'The program''s dossier and talking points brought up to date', 2),
('DAY_BEFORE', null, 'Program dossier read again', 1),
('DAY_BEFORE', null, 'Time checked in the program''s zone and yours', 2),
('DAY_BEFORE', 'VIRTUAL', 'Platform log-in practised again and the link opened', 3),
('DAY_BEFORE', null, 'Interview attire laid out, on the professional side of the program''s norms', 4),
('DAY_BEFORE', null, 'CV, ERAS application, personal statement, key cases and questions to ask printed or open on screen', 5),
('DAY_BEFORE', null, 'A full night''s sleep rather than late rewriting of answers', 6),
('DAY_OF', null, 'A light meal that will last you', 1),
('DAY_OF', 'VIRTUAL', 'Fully dressed, top and bottom, in case you stand up', 2),
('DAY_OF', 'IN_PERSON', 'Arrive 10-15 minutes early', 3),
('DAY_OF', 'VIRTUAL', 'Logged in 10-15 minutes early', 3),
('DAY_OF', null, 'Water, pen and a small notepad at hand, with notes you can use without looking down', 4),
('DAY_OF', null, 'Between interviews: stand up, stretch and breathe deeply', 5),
('DAY_OF', null, 'Between interviews: recall one concrete thing in your application you are proud of', 6),
('AFTER', null, 'Impressions written the same day: who you met, culture, teaching, red flags', 1),
('AFTER', null, 'Short individual thank-you notes, if the program has not discouraged them', 2);

-- Existing interviews keep every item they have (ticked or not); the new items are added beside them,
-- chosen by the interview's format, and placed after the items already there in each phase.
insert into interview_checklist_item (interview_id, phase, text, position, done, own)
select i.id, t.phase, t.text, 100 + t.position, false, false
from interview i
join checklist_template_item t
  on t.format is null
  or t.format = case when lower(regexp_replace(i.platform, '[^a-zA-Z]', '', 'g')) in ('inperson', 'onsite')
                     then 'IN_PERSON' else 'VIRTUAL' end
where not exists (select 1 from interview_checklist_item c where c.interview_id = i.id and c.text = t.text);
