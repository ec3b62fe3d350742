package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class InterviewServiceTest extends IntegrationTest {

    @Autowired
    InterviewService service;

    @Autowired
    DossierService dossiers;

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_applicants_schedule_list_and_export_interviews(Who who) {
        AccountSummary me = signedIn(who);
        if (who == Who.APPLICANT) {
            InterviewSummary added = service.schedule(plan(dossiers.create(SeasonFixtures.dossier("Mayo")).id()));
            assertThat(service.myInterviews()).extracting(InterviewSummary::id).containsExactly(added.id());
            assertThat(service.exportCsv()).contains("Mayo");
            assertThat(me).isNotNull();
        } else {
            assertThatThrownBy(() -> service.schedule(plan(1))).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.myInterviews()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> service.exportCsv()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void nobody_but_the_owner_reads_changes_or_deletes_an_interview(Who who) {
        AccountSummary owner = accounts.applicant();
        InterviewSummary theirs = as(owner, () -> service.schedule(plan(dossiers.create(SeasonFixtures.dossier("Mayo")).id())));
        signedIn(who);

        assertThatThrownBy(() -> service.interview(theirs.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.update(theirs.id(), theirs.version(), plan(theirs.dossierId())))
                .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.recordImpressions(theirs.id(), theirs.version(), impressions()))
                .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.delete(theirs.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThat(as(owner, () -> service.interview(theirs.id())).impressions()).isEqualTo(Impressions.NONE);
    }

    @Test
    void an_interview_cannot_be_attached_to_another_applicants_dossier() {
        DossierSummary theirs = as(accounts.applicant(), () -> dossiers.create(SeasonFixtures.dossier("Mayo")));
        signedIn(Who.APPLICANT);
        DossierSummary mine = dossiers.create(SeasonFixtures.dossier("Mine"));
        InterviewSummary interview = service.schedule(plan(mine.id()));

        assertThatThrownBy(() -> service.schedule(plan(theirs.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(interview.id(), interview.version(), plan(theirs.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.myInterviews()).singleElement().extracting(InterviewSummary::dossierId).isEqualTo(mine.id());
    }

    // --- behaviour -------------------------------------------------------------------------------

    @Test
    void the_owner_changes_writes_impressions_and_deletes() {
        signedIn(Who.APPLICANT);
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo")).id();
        InterviewSummary added = service.schedule(plan(dossier));
        assertThat(added.startsAt()).isEqualTo(Instant.parse("2027-01-12T14:00:00Z"));
        assertThat(added.in(ZoneId.of("Asia/Kolkata")).toLocalTime()).hasToString("19:30");

        InterviewSummary moved = service.update(added.id(), added.version(), new InterviewPlan(dossier,
                LocalDateTime.of(2027, 1, 12, 8, 0), "America/Chicago", "Thalamus", "", "", InterviewStatus.SCHEDULED));
        assertThat(moved.startsAt()).isEqualTo(Instant.parse("2027-01-12T14:00:00Z"));
        assertThat(moved.link()).isNull();
        assertThatThrownBy(() -> service.recordImpressions(added.id(), added.version(), impressions()))
                .hasMessage("This interview was changed in another tab or device; reload it first.");

        InterviewSummary noted = service.recordImpressions(moved.id(), moved.version(), impressions());
        assertThat(noted.impressions()).isEqualTo(impressions());
        assertThat(noted.impressionsAt()).isNotNull();

        service.delete(added.id());
        assertThat(service.myInterviews()).isEmpty();
    }

    @Test
    void deleting_a_dossier_deletes_its_interviews_with_their_checklists_and_questions() {
        signedIn(Who.APPLICANT);
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo")).id();
        long kept = dossiers.create(SeasonFixtures.dossier("Kept")).id();
        service.schedule(plan(dossier));
        service.schedule(plan(kept));

        dossiers.delete(dossier);

        assertThat(service.myInterviews()).extracting(InterviewSummary::dossierId).containsExactly(kept);
    }

    @Test
    void an_interview_past_for_more_than_a_day_without_impressions_is_flagged() {
        signedIn(Who.APPLICANT);
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo")).id();
        InterviewSummary old = service.schedule(at(dossier, Instant.now().minus(Duration.ofHours(30)), InterviewStatus.DONE));
        InterviewSummary recent = service.schedule(at(dossier, Instant.now().minus(Duration.ofHours(20)), InterviewStatus.DONE));
        InterviewSummary withdrawn = service.schedule(at(dossier, Instant.now().minus(Duration.ofDays(3)), InterviewStatus.WITHDRAWN));

        assertThat(service.interview(old.id()).impressionsOverdue()).isTrue();
        assertThat(service.interview(recent.id()).impressionsOverdue()).isFalse();
        assertThat(service.interview(withdrawn.id()).impressionsOverdue()).isFalse();

        service.recordImpressions(old.id(), old.version(), impressions());
        assertThat(service.interview(old.id()).impressionsOverdue()).isFalse();
    }

    @Test
    void an_interview_without_a_zone_or_with_a_bad_link_is_refused_and_nothing_is_saved() {
        signedIn(Who.APPLICANT);
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo")).id();
        assertThatThrownBy(() -> service.schedule(new InterviewPlan(dossier, LocalDateTime.of(2027, 1, 12, 9, 0), null,
                "Zoom", "", "", InterviewStatus.SCHEDULED))).isInstanceOf(SeasonException.class)
                .hasMessageStartingWith("Choose the program's time zone");
        assertThatThrownBy(() -> service.schedule(new InterviewPlan(dossier, LocalDateTime.of(2027, 1, 12, 9, 0),
                "America/New_York", "Zoom", "zoom.us/j/123", "", InterviewStatus.SCHEDULED)))
                .hasMessageStartingWith("Meeting link must be a web address starting with https://");
        assertThatThrownBy(() -> service.schedule(new InterviewPlan(dossier, LocalDateTime.of(2027, 1, 12, 9, 0),
                "America/New_York", "Zoom", "", "x".repeat(2001), InterviewStatus.SCHEDULED)))
                .hasMessage("Structure has 2001 characters; the limit is 2000.");
        assertThat(service.myInterviews()).isEmpty();
    }

    // --- interviews soon after a mock (the guard mock interviews ask before booking) ---------------

    private static final Instant MOCK = Instant.parse("2027-01-12T14:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_applicants_ask_for_interviews_soon_after_a_mock(Who who) {
        signedIn(who);
        if (who == Who.APPLICANT) {
            long dossier = dossiers.create(SeasonFixtures.dossier("Mayo")).id();
            InterviewSummary soon = service.schedule(SeasonFixtures.at(dossier, MOCK.plus(Duration.ofHours(3)), InterviewStatus.SCHEDULED));
            assertThat(service.interviewsSoonAfter(MOCK, DAY)).singleElement().satisfies(found -> {
                assertThat(found.id()).isEqualTo(soon.id());
                assertThat(found.programName()).isEqualTo("Mayo");
                assertThat(found.startsAt()).isEqualTo(MOCK.plus(Duration.ofHours(3)));
            });
        } else {
            assertThatThrownBy(() -> service.interviewsSoonAfter(MOCK, DAY)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void another_applicants_interviews_never_show_up_in_mine() {
        AccountSummary other = accounts.applicant();
        as(other, () -> service.schedule(SeasonFixtures.at(dossiers.create(SeasonFixtures.dossier("Theirs")).id(),
                MOCK.plus(Duration.ofHours(3)), InterviewStatus.SCHEDULED)));
        signedIn(Who.APPLICANT);

        assertThat(service.interviewsSoonAfter(MOCK, DAY)).isEmpty();
        assertThat(as(other, () -> service.interviewsSoonAfter(MOCK, DAY)))
                .extracting(InterviewSummary::programName).containsExactly("Theirs");
    }

    @Test
    void only_invited_and_scheduled_interviews_count_withdrawn_and_done_do_not() {
        signedIn(Who.APPLICANT);
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo")).id();
        // in the past, since only an interview that has started can be marked done
        Instant mock = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(12));
        for (InterviewStatus status : InterviewStatus.values()) {
            service.schedule(SeasonFixtures.at(dossier, mock.plus(Duration.ofHours(2 + status.ordinal())), status));
        }

        assertThat(service.interviewsSoonAfter(mock, DAY)).extracting(InterviewSummary::status)
                .containsExactly(InterviewStatus.INVITED, InterviewStatus.SCHEDULED);
    }

    @Test
    void the_span_runs_from_just_after_the_mock_start_up_to_exactly_24_hours_later() {
        signedIn(Who.APPLICANT);
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo")).id();
        InterviewSummary before = service.schedule(SeasonFixtures.at(dossier, MOCK.minus(Duration.ofMinutes(1)), InterviewStatus.SCHEDULED));
        InterviewSummary sameTime = service.schedule(SeasonFixtures.at(dossier, MOCK, InterviewStatus.SCHEDULED));
        InterviewSummary justAfter = service.schedule(SeasonFixtures.at(dossier, MOCK.plus(Duration.ofMinutes(1)), InterviewStatus.SCHEDULED));
        InterviewSummary exactlyADay = service.schedule(SeasonFixtures.at(dossier, MOCK.plus(DAY), InterviewStatus.INVITED));
        InterviewSummary justOver = service.schedule(SeasonFixtures.at(dossier, MOCK.plus(DAY).plus(Duration.ofMinutes(1)), InterviewStatus.SCHEDULED));

        List<Long> found = service.interviewsSoonAfter(MOCK, DAY).stream().map(InterviewSummary::id).toList();

        assertThat(found).containsExactly(justAfter.id(), exactlyADay.id());
        assertThat(found).doesNotContain(before.id(), sameTime.id(), justOver.id());
        assertThat(service.interviewsSoonAfter(MOCK.plus(Duration.ofMinutes(1)), DAY))
                .extracting(InterviewSummary::id).containsExactly(exactlyADay.id(), justOver.id());
    }

    @Test
    void a_missing_start_or_a_negative_span_is_refused() {
        signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.interviewsSoonAfter(null, DAY)).isInstanceOf(SeasonException.class);
        assertThatThrownBy(() -> service.interviewsSoonAfter(MOCK, null)).isInstanceOf(SeasonException.class);
        assertThatThrownBy(() -> service.interviewsSoonAfter(MOCK, Duration.ofHours(-1))).isInstanceOf(SeasonException.class);
        assertThat(service.interviewsSoonAfter(MOCK, Duration.ZERO)).isEmpty();
    }

    // --- CSV ---------------------------------------------------------------------------------------

    @Test
    void an_empty_season_exports_only_the_header() throws IOException {
        signedIn(Who.APPLICANT);
        List<CSVRecord> records = parse(service.exportCsv());
        assertThat(records).isEmpty();
    }

    @Test
    void the_csv_reads_back_with_both_time_zones_and_text_that_needs_quoting() throws IOException {
        signedIn(Who.APPLICANT);
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo, \"Rochester\"")).id();
        InterviewSummary added = service.schedule(new InterviewPlan(dossier, LocalDateTime.of(2027, 1, 12, 9, 0),
                "America/New_York", "Zoom", "https://zoom.us/j/1", "Two rooms,\nthen a tour", InterviewStatus.SCHEDULED));
        service.recordImpressions(added.id(), added.version(), impressions());

        List<CSVRecord> records = parse(service.exportCsv());

        assertThat(records).hasSize(1);
        CSVRecord row = records.getFirst();
        assertThat(row.get("Program")).isEqualTo("Mayo, \"Rochester\"");
        assertThat(row.get("Location")).isEqualTo("Cleveland, OH");
        assertThat(row.get("Program time")).isEqualTo("2027-01-12 09:00");
        assertThat(row.get("Program time zone")).isEqualTo("America/New_York");
        // test accounts live in Europe/Berlin
        assertThat(row.get("Your time")).isEqualTo("2027-01-12 15:00");
        assertThat(row.get("Your time zone")).isEqualTo("Europe/Berlin");
        assertThat(row.get("UTC")).isEqualTo("2027-01-12T14:00:00Z");
        assertThat(row.get("Structure")).isEqualTo("Two rooms,\nthen a tour");
        assertThat(row.get("Who you met")).isEqualTo("PD and two residents");
        assertThat(row.get("Red flags")).isEqualTo("Nobody mentioned fellowship match");
        assertThat(row.get("Impressions overdue")).isEqualTo("no");
    }

    @Test
    void typed_text_that_a_spreadsheet_would_run_as_a_formula_is_exported_as_text() throws IOException {
        signedIn(Who.APPLICANT);
        long dossier = dossiers.create(SeasonFixtures.dossier("=HYPERLINK(\"http://evil.example\")")).id();
        InterviewSummary added = service.schedule(plan(dossier));
        service.recordImpressions(added.id(), added.version(),
                new Impressions("@everyone", "", "", "", "-2 residents left", "+1 for the 3D lab"));

        CSVRecord row = parse(service.exportCsv()).getFirst();

        assertThat(row.get("Program")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(row.get("Who you met")).isEqualTo("'@everyone");
        assertThat(row.get("Red flags")).isEqualTo("'-2 residents left");
        assertThat(row.get("Standout moments")).isEqualTo("'+1 for the 3D lab");
        assertThat(row.get("Platform")).isEqualTo("Zoom");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(InterviewService.CSV_HEADER);
            return parser.getRecords();
        }
    }

    static InterviewPlan plan(long dossierId) {
        return new InterviewPlan(dossierId, LocalDateTime.of(2027, 1, 12, 9, 0), "America/New_York", "Zoom",
                "https://zoom.us/j/123", "Three rooms, PD last", InterviewStatus.SCHEDULED);
    }

    private static InterviewPlan at(long dossierId, Instant start, InterviewStatus status) {
        ZoneId zone = ZoneId.of("America/Denver");
        return new InterviewPlan(dossierId, LocalDateTime.ofInstant(start.truncatedTo(ChronoUnit.MINUTES), zone),
                zone.getId(), "Zoom", "", "", status);
    }

    static Impressions impressions() {
        return new Impressions("PD and two residents", "Friendly, calm", "Daily read-outs", "Residents smiled",
                "Nobody mentioned fellowship match", "The 3D lab");
    }
}
