package org.matchprep.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matchprep.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The review stack'\''s part of the data export (decision 016). */
@Component
class ReviewPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ReviewPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String fileName() {
        return "reviews.json";
    }

    @Override
    public String description() {
        return "What you shared for review and with whom, the comment threads you started or that are on your work, and every comment you wrote.";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("shares", rows("""
                select * from review_share where applicant_id = :id or mentor_id = :id order by id""", accountId));
        data.put("threads", rows("""
                select t.* from comment_thread t
                where t.mentor_id = :id
                   or exists (select 1 from review_share s where s.subject_type = t.subject_type
                              and s.subject_id = t.subject_id and s.applicant_id = :id)
                   or exists (select 1 from thread_comment c where c.thread_id = t.id and c.author_id = :id)
                order by t.id""", accountId));
        data.put("commentsYouWrote", rows("select * from thread_comment where author_id = :id order by id", accountId));
        return data;
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return PersonalData.rows(jdbc.sql(sql).param("id", accountId).query().listOfRows());
    }
}
