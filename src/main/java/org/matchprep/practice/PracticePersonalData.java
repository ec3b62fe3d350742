package org.matchprep.practice;

import java.util.List;
import java.util.Map;

import org.matchprep.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The practice feature's part of the data export (decision 016): every recording's details and figures. The
 * audio itself stays out of the archive (up to 500 MB); each recording plays and downloads from its page.
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
                + "(the audio plays and downloads from each recording's page).";
    }

    @Override
    public Object exportFor(long accountId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select id, subject_type, subject_id, title, created_at, content_type, bytes, duration_ms,
                               speaking_ms, long_pauses, target_min_ms, target_max_ms, best
                        from recording where owner_id = :id order by id""")
                .param("id", accountId).query().listOfRows();
        return Map.of("recordings", PersonalData.rows(rows));
    }
}
