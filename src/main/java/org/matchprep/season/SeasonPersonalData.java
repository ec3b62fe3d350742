package org.matchprep.season;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.PersonalData;
import org.matchprep.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The interview season'\''s part of the data export (decision 016). */
@Component
class SeasonPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final DaySheetService daySheets;

    SeasonPersonalData(JdbcClient jdbc, CurrentUser currentUser, DaySheetService daySheets) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.daySheets = daySheets;
    }

    /** The binder of day sheets for the upcoming interviews, as the tracker offers it. */
    @Override
    public Map<String, byte[]> documentsFor(long accountId) {
        if (currentUser.require().role() != Role.APPLICANT || currentUser.id() != accountId) {
            return Map.of();
        }
        return Map.of("interview-day-sheets.pdf", daySheets.binderPdf());
    }

    @Override
    public String fileName() {
        return "season.json";
    }

    @Override
    public String description() {
        return "Your program dossiers (evidence, talking points, reasons you fit), interviews with impressions, the "
                + "people you met with your thank-you notes, letters to programs, questions to ask, checklists and rank list.";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("dossiers", rows("select * from program_dossier where applicant_id = :id order by id", accountId));
        for (String part : List.of("evidence", "talking_point", "fit_reason")) {
            data.put("dossier_" + part, rows("""
                    select p.* from program_dossier_%s p join program_dossier d on d.id = p.dossier_id
                    where d.applicant_id = :id order by p.dossier_id, p.position""".formatted(part), accountId));
        }
        data.put("interviews", rows("select * from interview where applicant_id = :id order by starts_at", accountId));
        data.put("ownQuestionsToAsk", rows("select * from ask_question where owner_id = :id order by id", accountId));
        data.put("questionsChosenPerInterview", rows("""
                select iq.interview_id, iq.position, q.audience, q.text from interview_question iq
                join interview i on i.id = iq.interview_id join ask_question q on q.id = iq.question_id
                where i.applicant_id = :id order by iq.interview_id, iq.position""", accountId));
        data.put("checklists", rows("""
                select c.* from interview_checklist_item c join interview i on i.id = c.interview_id
                where i.applicant_id = :id order by c.interview_id, c.id""", accountId));
        data.put("peopleMetAndThankYouNotes", rows("""
                select p.* from interview_person p join interview i on i.id = p.interview_id
                where i.applicant_id = :id order by p.interview_id, p.position""", accountId));
        data.put("interviewsWhoseProgramDiscouragedThankYouNotes", rows("""
                select o.* from interview_no_thank_you o join interview i on i.id = o.interview_id
                where i.applicant_id = :id order by o.interview_id""", accountId));
        data.put("letters", rows("select * from program_letter where applicant_id = :id order by id", accountId));
        data.put("rankList", rows("""
                select r.position, r.dossier_id, d.name as program from rank_entry r
                join program_dossier d on d.id = r.dossier_id where r.applicant_id = :id order by r.position""", accountId));
        return data;
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return PersonalData.rows(jdbc.sql(sql).param("id", accountId).query().listOfRows());
    }
}
