package org.matchprep.programs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.PersonalData;
import org.matchprep.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Program selection'\''s part of the data export (decision 016); the catalogue itself is the office'\''s, not yours. */
@Component
class ProgramsPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ShortlistService shortlists;

    ProgramsPersonalData(JdbcClient jdbc, CurrentUser currentUser, ShortlistService shortlists) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.shortlists = shortlists;
    }

    /** The shortlist with each program's reasons, as the shortlist page exports it, when there is one. */
    @Override
    public Map<String, byte[]> documentsFor(long accountId) {
        boolean hasShortlist = jdbc.sql("select count(*) from shortlist where applicant_id = :id").param("id", accountId)
                .query(Long.class).single() > 0;
        if (!hasShortlist || currentUser.require().role() != Role.APPLICANT || currentUser.id() != accountId) {
            return Map.of();
        }
        return Map.of("shortlist.pdf", shortlists.exportPdf());
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
