-- Questions the applicant asks the program. Bank questions have no owner; an applicant's own have them.
create table ask_question (
    id         bigint generated always as identity primary key,
    audience   varchar(30)  not null,
    text       varchar(500) not null,
    owner_id   bigint references account (id) on delete cascade,
    position   integer      not null default 0,
    created_at timestamptz  not null,
    constraint ask_question_audience_is_known
        check (audience in ('PROGRAM_DIRECTOR_FACULTY', 'RESIDENTS', 'IMG_RELATED')),
    constraint ask_question_text_not_blank check (btrim(text) <> '')
);

create index ask_question_owner_idx on ask_question (owner_id);

-- The 5-7 questions chosen for one interview, in the order the applicant will ask them.
create table interview_question (
    interview_id bigint  not null references interview (id) on delete cascade,
    question_id  bigint  not null references ask_question (id) on delete cascade,
    position     integer not null,
    primary key (interview_id, question_id)
);

create index interview_question_question_idx on interview_question (question_id);

insert into ask_question (audience, text, position, created_at) values
('PROGRAM_DIRECTOR_FACULTY', 'Where do you see the program in five years, and what would you most like to change before then?', 1, now()),
('PROGRAM_DIRECTOR_FACULTY', 'What sets apart the residents who thrive here from those who only get through?', 2, now()),
('PROGRAM_DIRECTOR_FACULTY', 'How does graduated responsibility work on call, and when do first-years take independent call?', 3, now()),
('PROGRAM_DIRECTOR_FACULTY', 'How do residents get feedback on their reads, and how often do you sit down to review progress?', 4, now()),
('PROGRAM_DIRECTOR_FACULTY', 'How are AI tools used in your reading rooms today, and how do you teach residents to judge them?', 5, now()),
('PROGRAM_DIRECTOR_FACULTY', 'What support is there for a resident who wants to start a research project in the first year?', 6, now()),
('PROGRAM_DIRECTOR_FACULTY', 'Where have your recent graduates gone for fellowships or practice?', 7, now()),
('PROGRAM_DIRECTOR_FACULTY', 'How did the program respond the last time residents raised a concern?', 8, now()),
('PROGRAM_DIRECTOR_FACULTY', 'How do you prepare residents for the Core exam without losing clinical time?', 9, now()),
('RESIDENTS', 'What does an ordinary week look like for you, including call?', 1, now()),
('RESIDENTS', 'What surprised you most after you started here?', 2, now()),
('RESIDENTS', 'If you could change one thing about the program, what would it be?', 3, now()),
('RESIDENTS', 'How approachable are attendings when you are unsure about a study at night?', 4, now()),
('RESIDENTS', 'Do residents spend time together outside work, and what do you do?', 5, now()),
('RESIDENTS', 'How are vacation, sick days and parental leave handled in practice?', 6, now()),
('RESIDENTS', 'How much say do residents have in the schedule and in electives?', 7, now()),
('RESIDENTS', 'Would you choose this program again, and why?', 8, now()),
('RESIDENTS', 'What is it like to live in this city on a resident salary?', 9, now()),
('IMG_RELATED', 'How many current residents trained abroad, and how have they settled in?', 1, now()),
('IMG_RELATED', 'Does the program sponsor visas, and which ones?', 2, now()),
('IMG_RELATED', 'What helps a resident who is new to the US health system in the first months (EHR, billing, handoffs)?', 3, now()),
('IMG_RELATED', 'Is there a mentor or buddy system for residents who come from outside the US?', 4, now()),
('IMG_RELATED', 'How do international graduates here do on in-service and board exams compared with everyone else?', 5, now()),
('IMG_RELATED', 'Have international graduates from the program matched into the fellowships they wanted?', 6, now()),
('IMG_RELATED', 'What would you advise an IMG to do before starting to be ready on day one?', 7, now()),
('IMG_RELATED', 'How does the program support residents whose families are far away, for example around holidays?', 8, now()),
('IMG_RELATED', 'Are there differences in how US and international graduates are assigned to rotations or call?', 9, now());
