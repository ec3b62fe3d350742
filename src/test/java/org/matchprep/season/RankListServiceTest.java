package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class RankListServiceTest extends IntegrationTest {

    @Autowired
    RankListService service;

    @Autowired
    InterviewService interviews;

    @Autowired
    DossierService dossiers;

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_applicants_read_and_export_a_rank_list(Who who) {
        signedIn(who);
        if (who == Who.APPLICANT) {
            assertThat(service.rankList()).isEmpty();
            assertThat(service.exportCsv()).startsWith("Rank,Program");
        } else {
            assertThatThrownBy(() -> service.rankList()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.exportCsv()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void nobody_moves_programs_on_someone_elses_rank_list(Who who) {
        AccountSummary owner = accounts.applicant();
        long first = as(owner, () -> interviewed("First", 3));
        long second = as(owner, () -> interviewed("Second", 2));
        signedIn(who);

        assertThatThrownBy(() -> service.moveUp(second)).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.moveDown(first)).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThat(as(owner, () -> service.rankList())).extracting(RankedProgram::dossierId).containsExactly(first, second);
    }

    @Test
    void programs_interviewed_at_are_listed_by_date_then_kept_in_the_order_chosen() {
        signedIn(Who.APPLICANT);
        long a = interviewed("A", 5);
        long b = interviewed("B", 4);
        long c = interviewed("C", 3);
        long upcoming = dossiers.create(SeasonFixtures.dossier("Upcoming")).id();
        interviews.schedule(SeasonFixtures.at(upcoming, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));

        assertThat(service.rankList()).extracting(RankedProgram::dossierId).containsExactly(a, b, c);
        assertThat(service.moveUp(c)).extracting(RankedProgram::dossierId).containsExactly(a, c, b);
        assertThat(service.moveUp(c)).extracting(RankedProgram::dossierId).containsExactly(c, a, b);
        assertThat(service.moveUp(c)).as("the first stays first").extracting(RankedProgram::dossierId).containsExactly(c, a, b);
        assertThat(service.moveDown(a)).extracting(RankedProgram::dossierId).containsExactly(c, b, a);
        assertThat(service.moveDown(a)).as("the last stays last").extracting(RankedProgram::dossierId).containsExactly(c, b, a);

        long d = interviewed("D", 1);
        assertThat(service.rankList()).as("a newly interviewed program joins at the bottom")
                .extracting(RankedProgram::dossierId).containsExactly(c, b, a, d);
        assertThat(service.rankList()).extracting(RankedProgram::rank).containsExactly(1, 2, 3, 4);
        assertThatThrownBy(() -> service.moveUp(upcoming)).isInstanceOf(SeasonException.class)
                .hasMessage("Only programs you have interviewed at can be ranked.");
    }

    @Test
    void the_export_reads_back_in_rank_order_with_impressions() throws IOException {
        signedIn(Who.APPLICANT);
        long a = interviewed("Alpha, \"the big one\"", 4);
        long b = interviewed("Beta", 3);
        InterviewSummary betaInterview = interviews.myInterviews().stream()
                .filter(interview -> interview.dossierId() == b).findFirst().orElseThrow();
        interviews.recordImpressions(betaInterview.id(), betaInterview.version(), InterviewServiceTest.impressions());
        service.moveUp(b);

        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(service.exportCsv()),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(RankListService.CSV_HEADER);
            records = parser.getRecords();
        }

        assertThat(records).extracting(row -> row.get("Program")).containsExactly("Beta", "Alpha, \"the big one\"");
        assertThat(records.getFirst().get("Rank")).isEqualTo("1");
        assertThat(records.getFirst().get("Red flags")).isEqualTo("Nobody mentioned fellowship match");
        assertThat(records.get(1).get("Culture")).isEmpty();
        assertThat(a).isNotEqualTo(b);
    }

    private long interviewed(String program, int daysAgo) {
        long dossier = dossiers.create(SeasonFixtures.dossier(program)).id();
        interviews.schedule(SeasonFixtures.at(dossier, Instant.now().minus(Duration.ofDays(daysAgo)), InterviewStatus.DONE));
        return dossier;
    }
}
