package org.matchprep.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matchprep.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Pairings'\'' part of the data export (decision 016). */
@Component
class FeedbackPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    FeedbackPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String fileName() {
        return "pairings.json";
    }

    @Override
    public String description() {
        return "Who you work with or worked with, and invitations.";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pairings", rows("""
                select p.*, a.display_name as applicant_name, m.display_name as mentor_name from pairing p
                join account a on a.id = p.applicant_id join account m on m.id = p.mentor_id
                where p.applicant_id = :id or p.mentor_id = :id order by p.id""", accountId));
        data.put("mentorInvitationRequests", rows("""
                select id, mentor_name, mentor_email, status, requested_at, decided_at from mentor_invitation
                where applicant_id = :id order by id""", accountId));
        return data;
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return PersonalData.rows(jdbc.sql(sql).param("id", accountId).query().listOfRows());
    }
}
