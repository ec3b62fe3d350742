package org.matchprep.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.matchprep.testing.ScratchDatabase;

/** V50 on a database that holds the old shapes: "Why radiology?" and "Why our program?" as four-part narratives. */
class AnswerShapesMigrationTest {

    private static final String OLD_PARTS = """
            {"background": "I grew up in Ohio.", "why_abroad": "I studied in Dublin.",
             "why_radiology": "A CT angiogram changed a plan.", "goals": "Body imaging."}""";

    @Test
    void old_narrative_shaped_answers_keep_every_word_in_their_new_parts_and_comments_follow_their_text() throws SQLException {
        ScratchDatabase database = ScratchDatabase.create();
        database.migrateTo("47");
        long whyRadiology;
        long whyProgram;
        long aboutYourself;
        long thread;
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            long applicant = id(sql, "insert into account (email, display_name, password_hash, time_zone, role, created_at) "
                    + "values ('old@matchprep.test', 'Old Shape', 'x', 'UTC', 'APPLICANT', now()) returning id");
            long mentor = id(sql, "insert into account (email, display_name, password_hash, time_zone, role, created_at) "
                    + "values ('mentor@matchprep.test', 'Old Mentor', 'x', 'UTC', 'MENTOR', now()) returning id");
            whyRadiology = answer(sql, applicant, "Why radiology?");
            whyProgram = answer(sql, applicant, "Why our program?");
            aboutYourself = answer(sql, applicant, "Tell me about yourself.");
            long revision = id(sql, "insert into answer_revision (answer_id, number, parts, word_count, started_at, saved_at) "
                    + "values (" + whyRadiology + ", 1, '" + OLD_PARTS + "', 17, now(), now()) returning id");
            thread = id(sql, "insert into comment_thread (subject_type, subject_id, mentor_id, revision_id, part_key, quote, "
                    + "prefix, suffix, start_offset, created_at) values ('answer', " + whyRadiology + ", " + mentor + ", "
                    + revision + ", 'why_abroad', 'Dublin', 'I studied in ', '.', 13, now()) returning id");
        }

        database.migrateTo(null);

        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            assertThat(text(sql, "select structure from question where owner_id is null and text = 'Why radiology?'"))
                    .isEqualTo("WHY_RADIOLOGY");
            assertThat(text(sql, "select parts ->> 'moment' from answer where id = " + whyRadiology))
                    .isEqualTo("I grew up in Ohio.\n\nI studied in Dublin.\n\nA CT angiogram changed a plan.");
            assertThat(text(sql, "select parts ->> 'direction' from answer where id = " + whyRadiology)).isEqualTo("Body imaging.");
            assertThat(text(sql, "select parts ->> 'moment' from answer_revision where answer_id = " + whyRadiology))
                    .contains("I studied in Dublin.");

            String moment = text(sql, "select parts ->> 'moment' from answer where id = " + whyRadiology);
            assertThat(text(sql, "select part_key from comment_thread where id = " + thread)).isEqualTo("moment");
            int offset = Integer.parseInt(text(sql, "select start_offset from comment_thread where id = " + thread));
            assertThat(moment.substring(offset, offset + "Dublin".length())).isEqualTo("Dublin");

            assertThat(text(sql, "select structure from question where owner_id is null and text = 'Why our program?'"))
                    .isEqualTo("FREE_TEXT");
            assertThat(text(sql, "select parts ->> 'answer' from answer where id = " + whyProgram)).isEqualTo(
                    "I grew up in Ohio.\n\nI studied in Dublin.\n\nA CT angiogram changed a plan.\n\nBody imaging.");

            assertThat(text(sql, "select structure from question where owner_id is null and text = 'Tell me about yourself.'"))
                    .isEqualTo("NARRATIVE");
            assertThat(text(sql, "select parts ->> 'why_abroad' from answer where id = " + aboutYourself))
                    .isEqualTo("I studied in Dublin.");
        }
    }

    private static long answer(Statement sql, long applicant, String question) throws SQLException {
        return id(sql, "insert into answer (applicant_id, question_id, parts, word_count, created_at, updated_at) select "
                + applicant + ", id, '" + OLD_PARTS + "', 17, now(), now() from question "
                + "where owner_id is null and text = '" + question + "' returning id");
    }

    private static long id(Statement sql, String insert) throws SQLException {
        try (ResultSet row = sql.executeQuery(insert)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String text(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
