package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.ReviewPage;
import org.matchprep.review.ReviewService;
import org.matchprep.review.SubjectRef;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class DemoDossierSharesTest extends IntegrationTest {

    @Autowired
    DemoDossierShares demo;

    @Autowired
    DossierService dossierService;

    @Autowired
    InterviewService interviews;

    @Autowired
    ReviewService reviews;

    @Autowired
    PairingService pairings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void the_demo_mentor_can_read_the_shared_dossier_with_a_comment_on_a_red_flag() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        as(accounts.admin(), () -> pairings.pair(applicant.id(), mentor.id()));
        long dossierId = as(applicant, () -> {
            long id = dossierService.create(DossierDetails.named(DemoDossierShares.PROGRAM, "Tampa", "FL",
                    ProgramType.HYBRID)).id();
            InterviewSummary interview = interviews.schedule(new InterviewPlan(id, LocalDateTime.of(2026, 11, 2, 9, 0),
                    "America/New_York", "Teams", null, "", InterviewStatus.DONE));
            interviews.recordImpressions(interview.id(), interview.version(),
                    new Impressions("", "", "", "", DemoDossierShares.PASSAGE, ""));
            return id;
        });

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> demo.shareDemoDossier(new DemoAccountsSeeded(Map.of(
                DemoDossierShares.APPLICANT, applicant.id(), DemoDossierShares.MENTOR, mentor.id()))));

        ReviewPage page = as(mentor, () -> reviews.open(SubjectRef.of("dossier", dossierId)));
        assertThat(page.threads()).singleElement().satisfies(thread -> {
            assertThat(thread.quote()).isEqualTo(DemoDossierShares.PASSAGE);
            assertThat(thread.outdated()).isFalse();
        });
    }

    @Autowired
    DemoSeason demoSeason;

    @Autowired
    org.matchprep.review.SharingService sharing;

    @Test
    void the_demo_mentors_queue_holds_the_dossier_the_thank_you_notes_with_a_comment_and_the_update_letter() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        as(accounts.admin(), () -> pairings.pair(applicant.id(), mentor.id()));
        Map<String, Long> seeded = Map.of(DemoDossierShares.APPLICANT, applicant.id(), DemoDossierShares.MENTOR, mentor.id());
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            demoSeason.addDemoSeason(new DemoAccountsSeeded(seeded));
            demo.shareDemoDossier(new DemoAccountsSeeded(seeded));
        });

        assertThat(as(mentor, () -> sharing.reviewQueue())).extracting(item -> item.subject().type())
                .containsExactlyInAnyOrder("dossier", ThankYouNoteReviews.TYPE, LetterReviews.TYPE);
        SubjectRef notes = as(mentor, () -> sharing.reviewQueue()).stream().map(item -> item.subject())
                .filter(ref -> ref.type().equals(ThankYouNoteReviews.TYPE)).findFirst().orElseThrow();
        ReviewPage page = as(mentor, () -> reviews.open(notes));
        assertThat(page.parts()).hasSize(2);
        assertThat(page.threads()).singleElement().satisfies(thread -> {
            assertThat(thread.quote()).isEqualTo(DemoDossierShares.NOTE_PASSAGE);
            assertThat(thread.outdated()).isFalse();
        });
    }

    @Test
    void nothing_happens_without_the_demo_dossier() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> demo.shareDemoDossier(new DemoAccountsSeeded(Map.of(
                DemoDossierShares.APPLICANT, applicant.id(), DemoDossierShares.MENTOR, mentor.id()))));

        assertThat(jdbc.sql("select count(*) from review_share where applicant_id = ?").param(applicant.id())
                .query(Long.class).single()).isZero();
    }
}
