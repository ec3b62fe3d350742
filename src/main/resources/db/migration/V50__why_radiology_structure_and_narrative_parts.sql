-- "Why radiology?" gets a structure of its own, and "Why our program?" becomes a free-text answer (it is
-- written per program in each dossier now). Both were four-part narratives, so the text already written
-- moves into the new parts without a word lost: the parts are joined in the order they were spoken, separated
-- by a blank line, and comments anchored in a moved part follow it (part key and offset).
-- The narrative keeps its keys (a "why medicine" part is new and starts empty), so its answers need nothing.

alter table question drop constraint question_structure_is_known;
alter table question add constraint question_structure_is_known
    check (structure in ('NARRATIVE', 'WHY_RADIOLOGY', 'STAR', 'IMG_PATTERN', 'RED_FLAG_PATTERN', 'FREE_TEXT'));

-- The non-blank parts named in keys, in that order, separated by a blank line.
create function v50_joined(parts jsonb, keys text[]) returns text language sql immutable as $$
    select coalesce(string_agg(parts ->> k, E'\n\n' order by ord), '')
    from unnest(keys) with ordinality as u(k, ord)
    where coalesce(btrim(parts ->> k), '') <> ''
$$;

-- Where the part named key starts inside v50_joined(parts, keys).
create function v50_shift(parts jsonb, keys text[], key text) returns integer language sql immutable as $$
    select coalesce(sum(length(parts ->> k) + 2), 0)::integer
    from unnest(keys) with ordinality as u(k, ord)
    where ord < array_position(keys, key) and coalesce(btrim(parts ->> k), '') <> ''
$$;

create function v50_why_radiology(parts jsonb) returns jsonb language sql immutable as $$
    select jsonb_build_object(
        'moment', v50_joined(parts, array['background', 'why_abroad', 'why_radiology']),
        'what_you_did', '',
        'daily_work', '',
        'direction', coalesce(parts ->> 'goals', ''))
$$;

create function v50_free_text(parts jsonb) returns jsonb language sql immutable as $$
    select jsonb_build_object('answer', v50_joined(parts, array['background', 'why_abroad', 'why_radiology', 'goals']))
$$;

create temporary table v50_moved (question_id bigint primary key, structure varchar(20) not null) on commit drop;
insert into v50_moved
select id, case text when 'Why radiology?' then 'WHY_RADIOLOGY' else 'FREE_TEXT' end
from question
where owner_id is null and structure = 'NARRATIVE' and text in ('Why radiology?', 'Why our program?');

-- comments first: their offsets are computed from the parts of the revision they were made on, before it moves
update comment_thread t
set part_key = case m.structure when 'WHY_RADIOLOGY' then
                   case when t.part_key = 'goals' then 'direction' else 'moment' end
               else 'answer' end,
    start_offset = t.start_offset + case
        when m.structure = 'WHY_RADIOLOGY' and t.part_key = 'goals' then 0
        when m.structure = 'WHY_RADIOLOGY'
            then v50_shift(r.parts, array['background', 'why_abroad', 'why_radiology'], t.part_key)
        else v50_shift(r.parts, array['background', 'why_abroad', 'why_radiology', 'goals'], t.part_key) end
from answer a, v50_moved m, answer_revision r
where t.subject_type = 'answer' and t.subject_id = a.id and a.question_id = m.question_id and r.id = t.revision_id
  and t.part_key in ('background', 'why_abroad', 'why_radiology', 'goals');

update answer_revision r
set parts = case m.structure when 'WHY_RADIOLOGY' then v50_why_radiology(r.parts) else v50_free_text(r.parts) end
from answer a, v50_moved m
where r.answer_id = a.id and a.question_id = m.question_id;

update review_share s
set reviewed_parts = case m.structure when 'WHY_RADIOLOGY' then v50_why_radiology(s.reviewed_parts)
                     else v50_free_text(s.reviewed_parts) end
from answer a, v50_moved m
where s.subject_type = 'answer' and s.subject_id = a.id and a.question_id = m.question_id
  and s.reviewed_parts is not null;

update answer a
set parts = case m.structure when 'WHY_RADIOLOGY' then v50_why_radiology(a.parts) else v50_free_text(a.parts) end
from v50_moved m
where a.question_id = m.question_id;

update question q set structure = m.structure from v50_moved m where q.id = m.question_id;

update question set guidance =
    'Five short parts: where you grew up and studied (college too) and where you went to medical school, a line on '
    || 'why medicine, why you trained abroad and what it taught you, why radiology tied to one case, and your goals. '
    || 'Say it in 60-90 seconds; the rest of the 1-2 minutes is for a closing line or a question back. Never open '
    || 'with an apology for studying outside the US.'
where owner_id is null and text = 'Tell me about yourself.';

update question set guidance =
    'Start from one case or moment you were part of, say what you did and what you saw, then name what in the daily '
    || 'work of radiology draws you (the search for patterns, fitting the images to the clinical story, the calls with '
    || 'referring teams, teaching, conferences, the technology) and where you want to go. "I am a visual person" '
    || 'adds nothing unless the case shows it.'
where owner_id is null and text = 'Why radiology?';

update question set guidance =
    'Write this per program, in its dossier: two or three reasons you are drawn to that program and one or two '
    || 'reasons you fit there, each naming something only it has (a faculty member, a scanner, a conference, a '
    || 'fellowship, the city). Keep here only what holds for every program, such as what you look for in training.'
where owner_id is null and text = 'Why our program?';

drop function v50_free_text(jsonb);
drop function v50_why_radiology(jsonb);
drop function v50_shift(jsonb, text[], text);
drop function v50_joined(jsonb, text[]);
