package org.matchprep.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matchprep.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mock interviews'\'' part of the data export (decision 016); the calendar feed'\''s secret is left out. */
@Component
class MockPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    MockPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String fileName() {
        return "mock-interviews.json";
    }

    @Override
    public String description() {
        return "Your mock interviews (booked or given), the scorecards you received or wrote with their notes, and your availability.";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        String mine = "select b.id from mock_booking b where b.applicant_id = :id or b.mentor_id = :id";
        data.put("bookings", rows("select * from mock_booking where applicant_id = :id or mentor_id = :id order by starts_at",
                accountId));
        data.put("scorecards", rows("select * from mock_scorecard where booking_id in (" + mine + ") order by booking_id",
                accountId));
        data.put("scorecardScores", rows("select * from mock_scorecard_score where booking_id in (" + mine
                + ") order by booking_id, criterion", accountId));
        data.put("scorecardNotes", rows("select * from mock_scorecard_note where booking_id in (" + mine
                + ") order by booking_id, position", accountId));
        data.put("availabilityWindows", rows("select * from mock_window where mentor_id = :id order by id", accountId));
        data.put("daysOff", rows("select * from mock_day_off where mentor_id = :id", accountId));
        data.put("settings", rows("select * from mock_settings where mentor_id = :id", accountId));
        data.put("calendarFeedCreatedAt", rows("select created_at from mock_calendar_feed where account_id = :id", accountId));
        return data;
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return PersonalData.rows(jdbc.sql(sql).param("id", accountId).query().listOfRows());
    }
}
