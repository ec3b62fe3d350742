package org.matchprep.programs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matchprep.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Program selection'\''s part of the data export (decision 016); the catalogue itself is the office'\''s, not yours. */
@Component
class ProgramsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ProgramsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String fileName() {
        return "program-selection.json";
    }

    @Override
    public String description() {
        return "Your selection profile and your shortlist of programs with your notes.";
    }

    @Override
    public Object exportFor(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("selectionProfile", rows("select * from selection_profile where applicant_id = :id", accountId));
        data.put("shortlist", rows("select * from shortlist where applicant_id = :id", accountId));
        data.put("shortlistEntries", rows("""
                select e.*, p.name as program from shortlist_entry e join shortlist s on s.id = e.shortlist_id
                join catalogue_program p on p.id = e.program_id where s.applicant_id = :id order by e.position""", accountId));
        return data;
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return PersonalData.rows(jdbc.sql(sql).param("id", accountId).query().listOfRows());
    }
}
