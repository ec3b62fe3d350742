package org.matchprep.answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matchprep.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The preparation workspace's part of the data export (decision 016). */
@Component
class AnswerPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AnswerPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String fileName() {
        return "answers.json";
    }

    @Override
    public String description() {
        return "Your narrative and answers with every revision, your own questions, your experience bank and workspace settings.";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("answers", rows("""
                select a.*, q.text as question, q.category as question_category from answer a
                join question q on q.id = a.question_id where a.applicant_id = :id order by a.id""", accountId));
        data.put("revisions", rows("""
                select r.* from answer_revision r join answer a on a.id = r.answer_id
                where a.applicant_id = :id order by r.answer_id, r.number""", accountId));
        data.put("ownQuestions", rows("select * from question where owner_id = :id order by id", accountId));
        data.put("experiences", rows("select * from experience where applicant_id = :id order by id", accountId));
        data.put("experiencesUsedInAnswers", rows("""
                select ae.* from answer_experience ae join answer a on a.id = ae.answer_id
                where a.applicant_id = :id order by ae.answer_id, ae.experience_id""", accountId));
        data.put("workspaceSettings", rows("select * from workspace_settings where applicant_id = :id", accountId));
        return data;
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return PersonalData.rows(jdbc.sql(sql).param("id", accountId).query().listOfRows());
    }
}
