-- Practising aloud on a mock interview (decision 020): a recording is an attempt at a question or on a
-- mock; the mentor may attach one of the mock's recordings to its scorecard. Deleting the recording
-- leaves the scorecard without it.
alter table recording drop constraint recording_subject_known;
alter table recording add constraint recording_subject_known check (subject_type in ('question', 'mock'));

alter table mock_scorecard add column recording_id bigint references recording (id) on delete set null;
create index mock_scorecard_recording_idx on mock_scorecard (recording_id) where recording_id is not null;
