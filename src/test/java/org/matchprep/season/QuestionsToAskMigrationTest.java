package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matchprep.testing.ScratchDatabase;

/** V46 on a database that holds the old shapes: the visa question chosen, a "program director and faculty" question. */
class QuestionsToAskMigrationTest {

    @Test
    void choices_survive_the_revision_the_visa_choice_alone_goes_and_old_audiences_are_split() throws SQLException {
        ScratchDatabase database = ScratchDatabase.create();
        database.migrateTo("45");
        long interview;
        long ownQuestion;
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            long applicant = id(sql, "insert into account (email, display_name, password_hash, time_zone, role, created_at) "
                    + "values ('old@matchprep.test', 'Old Shape', 'x', 'UTC', 'APPLICANT', now()) returning id");
            long dossier = id(sql, "insert into program_dossier (applicant_id, name, program_type, created_at, updated_at) "
                    + "values (" + applicant + ", 'Old Program', 'ACADEMIC', now(), now()) returning id");
            interview = id(sql, "insert into interview (applicant_id, dossier_id, starts_at, program_zone, status, created_at, updated_at) "
                    + "values (" + applicant + ", " + dossier + ", now(), 'UTC', 'SCHEDULED', now(), now()) returning id");
            ownQuestion = id(sql, "insert into ask_question (audience, text, owner_id, position, created_at) "
                    + "values ('PROGRAM_DIRECTOR_FACULTY', 'What changed this year?', " + applicant + ", 2147483647, now()) returning id");
            sql.execute("insert into interview_question (interview_id, question_id, position) select " + interview + ", id, 0 "
                    + "from ask_question where text = 'Does the program sponsor visas, and which ones?'");
            sql.execute("insert into interview_question (interview_id, question_id, position) select " + interview + ", id, 1 "
                    + "from ask_question where text = 'Where have your recent graduates gone for fellowships or practice?'");
            sql.execute("insert into interview_question (interview_id, question_id, position) values (" + interview + ", " + ownQuestion + ", 2)");
            sql.execute("insert into interview_question (interview_id, question_id, position) select " + interview + ", id, 3 "
                    + "from ask_question where text = 'How did the program respond the last time residents raised a concern?'");
        }

        database.migrateTo(null);

        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            assertThat(strings(sql, "select q.audience || ': ' || q.text from interview_question c join ask_question q on q.id = c.question_id "
                    + "where c.interview_id = " + interview + " order by c.position")).containsExactly(
                    "PROGRAM_DIRECTOR: Where have your recent graduates gone for fellowships or practice?",
                    "PROGRAM_DIRECTOR: What changed this year?",
                    "PROGRAM_DIRECTOR: How do residents bring ideas or concerns to the program's leadership, and what has changed recently because of them?");
            assertThat(strings(sql, "select text from ask_question where text ilike '%visa%'")).isEmpty();
            assertThat(strings(sql, "select distinct audience from ask_question order by audience"))
                    .containsExactly("FACULTY", "IMG_RELATED", "PROGRAM_DIRECTOR", "RESIDENTS");
        }
    }

    private static long id(Statement sql, String insert) throws SQLException {
        try (ResultSet row = sql.executeQuery(insert)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
