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
    void a_new_virtual_interview_gets_the_guides_phases_in_order_unticked_and_no_in_person_items() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = schedule();

        List<ChecklistItem> items = service.checklist(interview.id());

        assertThat(items.stream().map(ChecklistItem::phase).distinct()).containsExactly(ChecklistPhase.VIRTUAL_SETUP,
                ChecklistPhase.WEEK_BEFORE, ChecklistPhase.DAY_BEFORE, ChecklistPhase.DAY_OF, ChecklistPhase.AFTER);
        assertThat(items.getFirst().text()).isEqualTo("Camera steady, at eye level, with a sharp picture");
        assertThat(items).extracting(ChecklistItem::text).contains(
                "Light from a lamp in front of you, no harsh ceiling light or window behind",
                "Internet connection and microphone tested", "Wired headphones at hand in case the audio fails",
                "A second device and a phone hotspot ready as backup", "Logged in to the platform once for practice",
                "Interview attire laid out, on the professional side of the program's norms",
                "CV, ERAS application, personal statement, key cases and questions to ask printed or open on screen",
                "A full night's sleep rather than late rewriting of answers", "A light meal that will last you",
                "Fully dressed, top and bottom, in case you stand up",
                "Water, pen and a small notepad at hand, with notes you can use without looking down",
                "Between interviews: stand up, stretch and breathe deeply",
                "Between interviews: recall one concrete thing in your application you are proud of",
                "Impressions written the same day: who you met, culture, teaching, red flags",
                "Short individual thank-you notes, if the program has not discouraged them");
        assertThat(items).extracting(ChecklistItem::text).doesNotContain("Arrive 10-15 minutes early");
        assertThat(items).noneMatch(ChecklistItem::done).noneMatch(ChecklistItem::own);
        assertThat(interview.checklist()).isEqualTo(new ChecklistProgress(0, items.size()));
    }

    @Test
    void an_interview_in_person_gets_the_in_person_set_up_instead_of_the_virtual_one() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = schedule(InterviewFormat.IN_PERSON_PLATFORM);

        List<ChecklistItem> items = service.checklist(interview.id());

        assertThat(items.getFirst().phase()).isEqualTo(ChecklistPhase.IN_PERSON_SETUP);
        assertThat(items).noneMatch(item -> item.phase() == ChecklistPhase.VIRTUAL_SETUP);
        assertThat(items).extracting(ChecklistItem::text).contains("Route, travel time and parking or transit checked",
                "Arrive 10-15 minutes early", "A light meal that will last you")
                .doesNotContain("Logged in 10-15 minutes early", "Fully dressed, top and bottom, in case you stand up");
    }

    @Test
    void moving_an_interview_in_person_swaps_the_untouched_set_up_but_keeps_ticked_and_own_items() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = schedule();
        ChecklistItem camera = service.checklist(interview.id()).getFirst();
        service.tick(camera.id(), true);
        service.addOwn(interview.id(), ChecklistPhase.VIRTUAL_SETUP, "Laptop charger plugged in");

        InterviewPlan inPerson = InterviewServiceTest.plan(interview.dossierId());
        interviews.update(interview.id(), interview.version(), new InterviewPlan(inPerson.dossierId(),
                inPerson.localStart(), inPerson.programZone(), "In person", null, inPerson.structure(), inPerson.status()));

        List<String> texts = service.checklist(interview.id()).stream().map(ChecklistItem::text).toList();
        assertThat(texts).contains(camera.text(), "Laptop charger plugged in", "Route, travel time and parking or transit checked",
                "Arrive 10-15 minutes early").doesNotContain("Internet connection and microphone tested",
                "Logged in 10-15 minutes early");
        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void the_applicant_adds_own_items_after_the_guides_in_that_phase_and_deletes_only_their_own() {
        signedIn(Who.APPLICANT);
        InterviewSummary interview = schedule();

        ChecklistItem own = service.addOwn(interview.id(), ChecklistPhase.DAY_BEFORE, "  Iron the shirt  ");

        assertThat(own.own()).isTrue();
        assertThat(own.text()).isEqualTo("Iron the shirt");
        List<ChecklistItem> items = service.checklist(interview.id());
        List<ChecklistItem> dayBefore = items.stream().filter(item -> item.phase() == ChecklistPhase.DAY_BEFORE).toList();
        assertThat(dayBefore.getLast()).isEqualTo(own);
        assertThat(interviews.interview(interview.id()).checklist().total()).isEqualTo(items.size());
        assertThatThrownBy(() -> service.deleteOwn(items.getFirst().id())).isInstanceOf(SeasonException.class)
                .hasMessageContaining("untick");
        assertThatThrownBy(() -> service.addOwn(interview.id(), ChecklistPhase.DAY_OF, " ")).isInstanceOf(SeasonException.class);
        assertThatThrownBy(() -> service.addOwn(interview.id(), ChecklistPhase.DAY_OF, "x".repeat(ChecklistItem.TEXT_MAX_LENGTH + 1)))
                .isInstanceOf(SeasonException.class);

        service.deleteOwn(own.id());

        assertThat(service.checklist(interview.id())).hasSize(items.size() - 1).doesNotContain(own);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void nobody_but_the_owner_adds_or_deletes_own_items_of_a_checklist(Who who) {
        AccountSummary owner = accounts.applicant();
        InterviewSummary interview = as(owner, this::schedule);
        ChecklistItem own = as(owner, () -> service.addOwn(interview.id(), ChecklistPhase.DAY_OF, "Mine"));
        signedIn(who);

        assertThatThrownBy(() -> service.addOwn(interview.id(), ChecklistPhase.DAY_OF, "Theirs"))
                .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> service.deleteOwn(own.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThat(as(owner, () -> service.checklist(interview.id()))).contains(own)
                .extracting(ChecklistItem::text).doesNotContain("Theirs");
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

    private InterviewSummary schedule(String platform) {
        InterviewPlan plan = InterviewServiceTest.plan(dossiers.create(SeasonFixtures.dossier("Mayo")).id());
        return interviews.schedule(new InterviewPlan(plan.dossierId(), plan.localStart(), plan.programZone(), platform,
                null, plan.structure(), plan.status()));
    }
}
