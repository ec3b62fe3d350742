package org.matchprep.practice;

import java.util.List;
import java.util.Map;

import org.matchprep.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The practice feature's part of the data export (decision 016): every recording's details, figures and
 * transcript. The audio itself stays out of the archive (up to 500 MB); each recording plays and downloads
 * from its page.
 */
@Component
class PracticePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    PracticePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String fileName() {
        return "recordings.json";
    }

    @Override
    public String description() {
        return "Your spoken practice recordings: what they answered, when, their length, speaking time and pauses "
                + "and their transcripts where transcription is on (the audio plays and downloads from each recording's page).";
    }

    @Override
    public Object exportFor(long accountId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select r.id, r.subject_type, r.subject_id, r.title, r.created_at, r.content_type, r.bytes,
                               r.duration_ms, r.speaking_ms, r.long_pauses, r.target_min_ms, r.target_max_ms, r.best,
                               t.status as transcript_status, t.language as transcript_language,
                               t.text as transcript, t.segments::text as transcript_segments
                        from recording r left join recording_transcript t on t.recording_id = r.id
                        where r.owner_id = :id order by r.id""")
                .param("id", accountId).query().listOfRows();
        return Map.of("recordings", PersonalData.rows(rows));
    }
}
