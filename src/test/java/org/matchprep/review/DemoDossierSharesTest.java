package org.matchprep.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.season.DossierDetails;
import org.matchprep.season.DossierService;
import org.matchprep.season.Impressions;
import org.matchprep.season.InterviewPlan;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.ProgramType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class DemoDossierSharesTest extends ReviewTestSupport {

    @Autowired
    DemoDossierShares demo;

    @Autowired
    DossierService dossierService;

    @Autowired
    InterviewService interviews;

    @Autowired
    DossierReviewService dossierReview;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void the_demo_mentor_can_read_the_shared_dossier_with_a_comment_on_a_red_flag() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        pair(applicant, mentor);
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

        DossierReviewPage page = as(mentor, () -> dossierReview.open(dossierId));
        assertThat(page.threads()).singleElement().satisfies(thread -> {
            assertThat(thread.quote()).isEqualTo(DemoDossierShares.PASSAGE);
            assertThat(thread.outdated()).isFalse();
        });
    }

    @Test
    void nothing_happens_without_the_demo_dossier() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> demo.shareDemoDossier(new DemoAccountsSeeded(Map.of(
                DemoDossierShares.APPLICANT, applicant.id(), DemoDossierShares.MENTOR, mentor.id()))));

        assertThat(count("dossier_share", "applicant_id", applicant.id())).isZero();
    }
}
