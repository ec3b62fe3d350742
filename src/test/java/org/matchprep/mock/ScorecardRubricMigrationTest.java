package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.testing.ScratchDatabase;

/** V52 on a database holding scorecards of the earlier rubric: eight score columns, notes, no verdict. */
class ScorecardRubricMigrationTest {

    @Test
    void earlier_scorecards_keep_every_score_and_note_and_read_as_the_earlier_rubric() throws SQLException {
        ScratchDatabase database = ScratchDatabase.create();
        database.migrateTo("51");
        long booking;
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            long mentor = id(sql, "insert into account (email, display_name, password_hash, time_zone, role, created_at) "
                    + "values ('mentor@old.test', 'Old Mentor', 'x', 'UTC', 'MENTOR', now()) returning id");
            long applicant = id(sql, "insert into account (email, display_name, password_hash, time_zone, role, created_at) "
                    + "values ('applicant@old.test', 'Old Applicant', 'x', 'UTC', 'APPLICANT', now()) returning id");
            booking = id(sql, "insert into mock_booking (mentor_id, applicant_id, format, starts_at, ends_at, blocked_until, status, created_at) "
                    + "values (" + mentor + ", " + applicant + ", 'FACULTY', now() - interval '3 days', now() - interval '3 days' + interval '20 minutes', "
                    + "now() - interval '3 days' + interval '20 minutes', 'BOOKED', now() - interval '9 days') returning id");
            sql.execute("insert into mock_scorecard (booking_id, structure, concision, filler_words, pace, eye_contact, presence, "
                    + "specificity, img_questions, overall_notes, scored_at) values (" + booking + ", 1, 2, 3, 4, 5, 4, 3, 2, "
                    + "'Work on pace.', now() - interval '2 days')");
            sql.execute("insert into mock_scorecard_note (booking_id, position, question_title, note) values ("
                    + booking + ", 0, 'Why radiology?', 'Lead with the case.')");
        }

        database.migrateTo(null);

        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
            try (ResultSet rows = sql.executeQuery("select criterion, score from mock_scorecard_score where booking_id = " + booking)) {
                while (rows.next()) {
                    scores.put(Criterion.valueOf(rows.getString(1)), rows.getInt(2));
                }
            }
            assertThat(scores).containsExactlyInAnyOrderEntriesOf(Map.of(Criterion.STRUCTURE, 1, Criterion.CONCISION, 2,
                    Criterion.FILLER_WORDS, 3, Criterion.PACE, 4, Criterion.EYE_CONTACT, 5, Criterion.PRESENCE, 4,
                    Criterion.SPECIFICITY, 3, Criterion.IMG_QUESTIONS, 2));
            try (ResultSet card = sql.executeQuery("select would_rank, overall_notes, "
                    + "(select note from mock_scorecard_note n where n.booking_id = s.booking_id) from mock_scorecard s where booking_id = " + booking)) {
                assertThat(card.next()).isTrue();
                assertThat(card.getString(1)).isNull();
                assertThat(card.getString(2)).isEqualTo("Work on pace.");
                assertThat(card.getString(3)).isEqualTo("Lead with the case.");
            }
            Scorecard read = new Scorecard(booking, Instant.now(), scores, null, List.of(), "Work on pace.", Instant.now(), null);
            assertThat(read.isEarlierRubric()).isTrue();
            assertThat(read.average()).isEqualTo(3.0);
            assertThat(read.average(Criterion.Group.PROGRAMS_LOOK_FOR)).isEmpty();
            // the table still refuses what the old columns refused
            assertThatThrownBy(() -> sql.execute("insert into mock_scorecard_score (booking_id, criterion, score) values ("
                    + booking + ", 'CAREER_PLAN', 6)")).isInstanceOf(SQLException.class);
        }
    }

    private static long id(Statement sql, String insert) throws SQLException {
        try (ResultSet row = sql.executeQuery(insert)) {
            row.next();
            return row.getLong(1);
        }
    }
}
