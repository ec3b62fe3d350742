package org.matchprep.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class ChecklistServiceTest extends IntegrationTest {

    @Autowired
    ChecklistService service;

    @Autowired
    InterviewService interviews;

    @Autowired
    DossierService dossiers;

    @Test
    void a_new_interview_gets_every_phase_of_the_checklist_in_order_and_unticked() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = schedule();

        List<ChecklistItem> items = service.checklist(interview.id());

        assertThat(items.stream().map(ChecklistItem::phase).distinct()).containsExactly(ChecklistPhase.values());
        assertThat(items.getFirst().text()).isEqualTo("Camera at eye level");
        assertThat(items).extracting(ChecklistItem::text).contains("Coordinator's phone number saved",
                "Verify the time in both time zones", "Write your impressions the same day");
        assertThat(items).noneMatch(ChecklistItem::done);
        assertThat(interview.checklist()).isEqualTo(new ChecklistProgress(0, items.size()));
    }

    @Test
    void ticking_shows_as_progress_on_the_tracker_and_ticking_twice_changes_nothing() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = schedule();
        List<ChecklistItem> items = service.checklist(interview.id());

        service.tick(items.get(0).id(), true);
        service.tick(items.get(0).id(), true);
        service.tick(items.get(1).id(), true);
        service.tick(items.get(1).id(), false);

        assertThat(interviews.interview(interview.id()).checklist()).isEqualTo(new ChecklistProgress(1, items.size()));
        assertThat(service.checklist(interview.id()).getFirst().done()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void nobody_but_the_owner_reads_or_ticks_a_checklist(Who who) {
        AccountSummary owner = accounts.applicant();
        InterviewSummary interview = as(owner, this::schedule);
        long item = as(owner, () -> service.checklist(interview.id())).getFirst().id();
        signedIn(who);

        assertThatThrownBy(() -> service.checklist(interview.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.tick(item, true)).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThat(as(owner, () -> service.checklist(interview.id())).getFirst().done()).isFalse();
    }

    private InterviewSummary schedule() {
        return interviews.schedule(InterviewServiceTest.plan(dossiers.create(SeasonFixtures.dossier("Mayo")).id()));
    }
}
