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

/** V48 on a database whose interviews hold the old checklist, some of it ticked. */
class ChecklistMigrationTest {

    @Test
    void old_items_and_their_ticks_survive_and_the_guides_items_are_added_by_format() throws SQLException {
        ScratchDatabase database = ScratchDatabase.create();
        database.migrateTo("47");
        long zoom;
        long inPerson;
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            long applicant = id(sql, "insert into account (email, display_name, password_hash, time_zone, role, created_at) "
                    + "values ('old@matchprep.test', 'Old Shape', 'x', 'UTC', 'APPLICANT', now()) returning id");
            long dossier = id(sql, "insert into program_dossier (applicant_id, name, program_type, created_at, updated_at) "
                    + "values (" + applicant + ", 'Old Program', 'ACADEMIC', now(), now()) returning id");
            zoom = interview(sql, applicant, dossier, "Zoom");
            inPerson = interview(sql, applicant, dossier, "In person");
            for (long interview : List.of(zoom, inPerson)) {
                sql.execute("insert into interview_checklist_item (interview_id, phase, text, position, done, done_at) "
                        + "select " + interview + ", phase, text, position, text = 'Camera at eye level', "
                        + "case when text = 'Camera at eye level' then now() end from checklist_template_item");
            }
        }

        database.migrateTo(null);

        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            for (long interview : List.of(zoom, inPerson)) {
                assertThat(strings(sql, "select text from interview_checklist_item where done and interview_id = " + interview))
                        .containsExactly("Camera at eye level");
                assertThat(strings(sql, "select text from interview_checklist_item where interview_id = " + interview))
                        .contains("Coordinator's phone number saved", "A light meal that will last you",
                                "Between interviews: stand up, stretch and breathe deeply")
                        .doesNotHaveDuplicates();
                assertThat(strings(sql, "select text from interview_checklist_item where own and interview_id = " + interview))
                        .isEmpty();
            }
            assertThat(strings(sql, "select text from interview_checklist_item where interview_id = " + zoom))
                    .contains("Wired headphones at hand in case the audio fails").doesNotContain("Arrive 10-15 minutes early");
            assertThat(strings(sql, "select text from interview_checklist_item where interview_id = " + inPerson))
                    .contains("Arrive 10-15 minutes early").doesNotContain("Wired headphones at hand in case the audio fails");
        }
    }

    private static long interview(Statement sql, long applicant, long dossier, String platform) throws SQLException {
        return id(sql, "insert into interview (applicant_id, dossier_id, starts_at, program_zone, platform, status, created_at, updated_at) "
                + "values (" + applicant + ", " + dossier + ", now(), 'UTC', '" + platform + "', 'SCHEDULED', now(), now()) returning id");
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
