-- Questions radiology applicants meet that the bank lacked (issue 15, item 2). Guidance is written for
-- US-citizen IMGs applying to diagnostic radiology. Each goes after its category's last bank question, so
-- an admin's own ordering stays as it is.
insert into question (category, structure, text, guidance, position, created_at)
select new.category, new.structure, new.text, new.guidance,
       coalesce((select max(q.position) from question q where q.owner_id is null and q.category = new.category), 0)
           + new.rank,
       now()
from (values
    ('GET_TO_KNOW_YOU', 'FREE_TEXT', 'Tell me about your research.',
     'Pick the project you know best and cover, briefly: the question, your own part in it (not the whole group''s), the method, what came out, and what you would do differently. Link it to radiology where it honestly connects, such as imaging data or a reader study. Expect a follow-up on anything listed in your application, so re-read each abstract before the interview. If you have no research, say so plainly and describe a quality-improvement or teaching project instead.',
     1),
    ('RADIOLOGY', 'FREE_TEXT', 'Diagnostic radiology starts in the second postgraduate year. Where have you applied for your preliminary or transitional year, and why there?',
     'Show you know how the training is built: a clinical first year (preliminary medicine or surgery, or a transitional year) before radiology, ranked on a supplemental list. Name the kind of year you chose and the reason that matters to a radiologist: managing sick patients, ordering and following up imaging, working near the radiology programs you rank. Treat the year as training you want, not a box to tick.',
     1),
    ('RADIOLOGY', 'FREE_TEXT', 'Are you interested in interventional radiology or the ESIR pathway?',
     'Answer honestly and tie it to exposure you actually had: an IR elective, a biopsy or drain you assisted with, a patient you followed after a procedure. ESIR (Early Specialization in Interventional Radiology) lets a diagnostic resident spend much of the final year on IR; know whether this program offers it before you bring it up. If you are undecided, say what you want to see first; avoid sounding as if diagnostic radiology is only a route to IR.',
     2),
    ('RADIOLOGY', 'FREE_TEXT', 'Walk me through the imaging of a patient who arrives with signs of an acute stroke.',
     'Keep to what a starting resident should know, in order and with the reason for each step: a non-contrast head CT to exclude bleeding, CT angiography to look for a large-vessel occlusion, perfusion imaging or MRI in selected patients, all against the clock because treatment decisions wait for the reads. Mention who the radiologist talks to (the stroke team, neurointervention) and a code you saw if you have one.',
     3),
    ('RADIOLOGY', 'FREE_TEXT', 'What does radiology contribute when a major trauma patient comes into the emergency department?',
     'Sketch the sequence: bedside ultrasound (FAST) and portable chest and pelvic films in the bay, whole-body CT for the patient stable enough to travel, and the unstable one going straight to the operating room or angiography. Stress the quick preliminary read called directly to the trauma team, and give a case from an emergency or surgery rotation if you have one.',
     4),
    ('RADIOLOGY', 'FREE_TEXT', 'How would you work up a patient with a suspected pulmonary embolism?',
     'Start from pretest probability (a clinical score such as Wells, and PERC for the lowest-risk patients), use D-dimer where probability is low or moderate, and CT pulmonary angiography when imaging is needed. Know when a V/Q scan or leg ultrasound is the better choice, such as in pregnancy or with poor kidney function. A case from your experience bank where the scan changed the plan makes the answer yours.',
     5),
    ('RADIOLOGY', 'FREE_TEXT', 'How does imaging help stage a newly diagnosed cancer?',
     'Explain that staging describes the tumour, the nodes and any spread, and which studies answer which part: CT of the chest, abdomen and pelvis for spread, MRI for local extent in cancers such as rectal or prostate, PET-CT where metabolic activity matters. Show that the report feeds a treatment decision, ideally with a tumor board you attended where the staging changed the plan.',
     6),
    ('RADIOLOGY', 'FREE_TEXT', 'A clinician orders a study that you think is not the right test for the question. What do you do?',
     'Show you know appropriateness criteria such as the ACR''s and why they matter (radiation, contrast, cost, delay). Then describe the conversation: call the ordering clinician, ask what they need to know, suggest the study that answers it, and respect their decision when they know something you do not. Keep it collegial; the referring team is a partner, not an opponent.',
     7),
    ('BEHAVIOURAL', 'STAR', 'Tell me about an ethical dilemma you faced in clinical work.',
     'Choose a real situation where the right course was unclear, such as a patient''s wishes against the family''s, consent with a language barrier, or an incidental finding nobody had mentioned to the patient. In STAR form show how you reasoned, whom you asked for guidance and what you did within your role. Avoid a story in which you broke a rule or put a patient at risk; that is a red flag of its own.',
     1),
    ('RED_FLAG', 'FREE_TEXT', 'What will you do if you do not match into radiology this year?',
     'Answer calmly and briefly: radiology remains your goal, and you have a concrete plan, such as your preliminary year, research with a radiology group, or more US clinical experience, to strengthen a next application. If you are also applying to another specialty, say so honestly without presenting it as an equal wish. Do not sound as if you expect to fail.',
     1),
    ('RED_FLAG', 'FREE_TEXT', 'Where else are you interviewing?',
     'The Match''s rules do not allow programs to ask which other programs you applied or interviewed at, and you need not say. Stay friendly rather than quote the rules: for example, say you are interviewing at programs with strengths like theirs in the regions you care about, then turn to what draws you to this program. Do not name programs, and do not invent a promise.',
     2),
    ('RED_FLAG', 'FREE_TEXT', 'Will you rank our program first?',
     'The Match''s rules do not allow programs to ask for commitments about your rank list, and any promise you make is not binding. Thank them, say sincerely what you like about the program, and that you will decide your list after the season. If it really is your first choice you may say so later, once, and only if true.',
     3)
) as new(category, structure, text, guidance, rank);
