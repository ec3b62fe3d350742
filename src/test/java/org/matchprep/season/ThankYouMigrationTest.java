package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.matchprep.testing.ScratchDatabase;

/** V53 on a database whose interviews hold impressions (the free-text "who you met" among them). */
class ThankYouMigrationTest {

    @Test
    void existing_interviews_and_their_impressions_survive_with_nobody_listed_and_nothing_due() throws SQLException {
        ScratchDatabase database = ScratchDatabase.create();
        database.migrateTo("51");
        long interview;
        long dossier;
        long applicant;
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            applicant = id(sql, "insert into account (email, display_name, password_hash, time_zone, role, created_at) "
                    + "values ('old@matchprep.test', 'Old Shape', 'x', 'UTC', 'APPLICANT', now()) returning id");
            dossier = id(sql, "insert into program_dossier (applicant_id, name, program_type, created_at, updated_at) "
                    + "values (" + applicant + ", 'Old Program', 'ACADEMIC', now(), now()) returning id");
            interview = id(sql, "insert into interview (applicant_id, dossier_id, starts_at, program_zone, platform, status, "
                    + "met, standout, impressions_at, created_at, updated_at, version) values (" + applicant + ", " + dossier
                    + ", now() - interval '3 days', 'UTC', 'Zoom', 'DONE', 'The PD and two residents', 'The AI lab', now(), "
                    + "now(), now(), 4) returning id");
        }

        database.migrateTo(null);

        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            try (ResultSet row = sql.executeQuery("select met, standout, status, version from interview where id = " + interview)) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("met")).isEqualTo("The PD and two residents");
                assertThat(row.getString("standout")).isEqualTo("The AI lab");
                assertThat(row.getString("status")).isEqualTo("DONE");
                assertThat(row.getLong("version")).isEqualTo(4);
            }
            assertThat(id(sql, "select count(*) from interview_person")).isZero();
            assertThat(id(sql, "select count(*) from interview_no_thank_you")).isZero();
            assertThat(id(sql, "select count(*) from program_letter")).isZero();

            // the new tables take the old interview's people and letters, and keep their rules
            sql.execute("insert into interview_person (interview_id, position, name, created_at, updated_at) values ("
                    + interview + ", 0, 'Dr. Lee', now(), now())");
            sql.execute("insert into program_letter (applicant_id, dossier_id, kind, created_at, updated_at) values ("
                    + applicant + ", " + dossier + ", 'UPDATE', now(), now())");
            assertThatThrownBy(() -> sql.execute("insert into interview_person (interview_id, position, name, created_at, "
                    + "updated_at) values (" + interview + ", 1, '  ', now(), now())")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.execute("insert into program_letter (applicant_id, dossier_id, kind, created_at, "
                    + "updated_at) values (" + applicant + ", " + dossier + ", 'PLEA', now(), now())"))
                    .isInstanceOf(SQLException.class);

            sql.execute("delete from interview where id = " + interview);
            assertThat(id(sql, "select count(*) from interview_person")).as("people go with their interview").isZero();
        }
    }

    private static long id(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
