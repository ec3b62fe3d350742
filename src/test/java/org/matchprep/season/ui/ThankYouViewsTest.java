package org.matchprep.season.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.matchprep.season.SeasonFixtures.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.season.DossierService;
import org.matchprep.season.InterviewService;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.InterviewSummary;
import org.matchprep.season.LetterDraft;
import org.matchprep.season.LetterKind;
import org.matchprep.season.LetterRule;
import org.matchprep.season.LetterService;
import org.matchprep.season.PersonNote;
import org.matchprep.season.SeasonFixtures;
import org.matchprep.season.ThankYouService;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class ThankYouViewsTest extends KaribuTest {

    @Autowired
    DossierService dossiers;

    @Autowired
    InterviewService interviews;

    @Autowired
    ThankYouService thankYous;

    @Autowired
    LetterService letters;

    AccountSummary me;

    @BeforeEach
    void signInAsAnApplicant() {
        me = signInAndOpen(Who.APPLICANT);
    }

    InterviewSummary past(String program) {
        long dossier = dossiers.create(SeasonFixtures.dossier(program)).id();
        return interviews.schedule(at(dossier, Instant.now().minus(Duration.ofDays(2)), InterviewStatus.DONE));
    }

    ThankYouPanel open(InterviewSummary interview) {
        UI.getCurrent().navigate("interviews/" + interview.id());
        return _get(InterviewView.class).thankYouPanel;
    }

    @Test
    void the_applicant_lists_whom_they_met_drafts_a_note_from_the_template_and_marks_it_sent() {
        InterviewSummary interview = past("Mayo Clinic");
        ThankYouPanel panel = open(interview);
        assertThat(panel.emptyState.isVisible()).isTrue();
        assertThat(panel.emptyState.getText()).startsWith("Nobody listed yet. Add each person you met");
        assertThat(panel.share.isVisible()).as("nothing to share yet").isFalse();

        _click(panel.add);
        assertThat(panel.newName.isInvalid()).isTrue();
        assertThat(panel.newName.getErrorMessage()).isEqualTo("Name is required.");

        _setValue(panel.newName, "Dr. Lee");
        _setValue(panel.newRole, "Program director");
        _click(panel.add);
        assertThat(panel.emptyState.isVisible()).isFalse();
        assertThat(panel.due.getText()).isEqualTo("1 thank-you note to send.");
        PersonNoteCard card = panel.cards.getFirst();
        assertThat(card.heading.getText()).isEqualTo("Dr. Lee (Program director)");
        assertThat(warnings(card)).singleElement().asString().startsWith("Name one specific thing you discussed with Dr. Lee");

        _setValue(card.specificThing, "your AI lab");
        _click(card.draft);
        assertThat(card.note.getValue()).startsWith("Dear Dr. Lee,").contains("Mayo Clinic", "your AI lab",
                me.displayName());
        assertThat(warnings(card)).isEmpty();
        _click(card.save);
        assertThat(thankYous.notes(interview.id()).people().getFirst().note()).contains("your AI lab");

        _click(card.markSent);
        PersonNoteCard sent = panel.cards.getFirst();
        assertThat(sent.status.getText()).startsWith("Sent on ");
        assertThat(sent.undoSent.isVisible()).isTrue();
        assertThat(sent.markSent.isVisible()).isFalse();
        assertThat(panel.due.getText()).isEqualTo("Every note is marked sent.");
        assertThat(thankYous.notes(interview.id()).people().getFirst().sentOn())
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")));
        assertThat(panel.share.getHref()).isEqualTo("review/thank-you-notes/" + interview.id());

        _click(sent.undoSent);
        assertThat(panel.due.getText()).isEqualTo("1 thank-you note to send.");
    }

    @Test
    void a_note_naming_nothing_specific_is_warned_about_as_typed_and_saved_all_the_same() {
        InterviewSummary interview = past("Mayo Clinic");
        thankYous.addPerson(interview.id(), PersonNote.named("Dr. Lee", ""));
        PersonNoteCard card = open(interview).cards.getFirst();

        _setValue(card.specificThing, "the night float");
        _setValue(card.note, "Thank you for your time. " + "It was a great day. ".repeat(40));
        assertThat(warnings(card)).containsExactly(
                "The note does not mention \"the night float\", the specific thing you discussed.",
                "The note has 205 words; keep it under 150 so it is read to the end.");
        _click(card.save);

        assertThat(thankYous.notes(interview.id()).people().getFirst().note()).startsWith("Thank you for your time.");
    }

    @Test
    void the_tracker_lists_notes_to_send_and_letters_not_sent_until_the_program_discourages_notes() {
        InterviewSummary mayo = past("Mayo Clinic");
        thankYous.addPerson(mayo.id(), PersonNote.named("Dr. Lee", ""));
        thankYous.addPerson(mayo.id(), PersonNote.named("Sam Ortiz", ""));
        letters.write(mayo.dossierId(), new LetterDraft(LetterKind.UPDATE, "News since we met."));

        UI.getCurrent().navigate(InterviewListView.class);
        StillDue due = _get(InterviewListView.class).stillDue;
        assertThat(due.isVisible()).isTrue();
        assertThat(due.lines()).containsExactly("2 thank-you notes to send: Mayo Clinic",
                "Update letter drafted, not sent: Mayo Clinic");

        ThankYouPanel panel = open(mayo);
        _setValue(panel.discouraged, true);
        assertThat(panel.due.getText()).isEqualTo("The program asked for no thank-you notes: nothing is due.");

        UI.getCurrent().navigate(InterviewListView.class);
        assertThat(_get(InterviewListView.class).stillDue.lines()).containsExactly("Update letter drafted, not sent: Mayo Clinic");
    }

    @Test
    void before_the_interview_the_panel_says_what_to_do_afterwards() {
        long dossier = dossiers.create(SeasonFixtures.dossier("Mayo Clinic")).id();
        InterviewSummary ahead = interviews.schedule(at(dossier, Instant.now().plus(Duration.ofDays(3)), InterviewStatus.SCHEDULED));

        ThankYouPanel panel = open(ahead);

        assertThat(panel.due.getText()).isEqualTo("After the interview, list the people you met here and draft a note to each.");
        UI.getCurrent().navigate(InterviewListView.class);
        assertThat(_get(InterviewListView.class).stillDue.isVisible()).isFalse();
    }

    @Test
    void a_letter_is_written_on_the_dossier_page_with_each_warning_and_its_reason_then_marked_sent() {
        InterviewSummary mayo = past("Mayo Clinic");
        UI.getCurrent().navigate("programs/dossier/" + mayo.dossierId());
        LettersPanel panel = _get(DossierEditor.class).lettersPanel;
        assertThat(panel.emptyState.isVisible()).isTrue();

        _click(panel.newUpdate);
        LetterCard card = panel.cards.getFirst();
        assertThat(panel.due.getText()).isEqualTo("1 letter drafted, not sent.");
        _setValue(card.body, "Dear Dr. Lee, I will rank you first. Where do I stand?");
        assertThat(card.warnings.getChildren().map(item -> item.getElement().getAttribute("data-rule")).toList())
                .containsExactly(LetterRule.NO_RANKING_PROMISE_IN_AN_UPDATE.name(), LetterRule.NO_ASKING_FOR_A_COMMITMENT.name());
        assertThat(warnings(card.warnings.getChildren().map(ListItem.class::cast).toList()).getFirst())
                .contains("This one says \"will rank\"", "Why: " + LetterRule.NO_RANKING_PROMISE_IN_AN_UPDATE.reason());

        _setValue(card.kind, LetterKind.INTENT);
        assertThat(card.warnings.getChildren().map(item -> item.getElement().getAttribute("data-rule")).toList())
                .containsExactly(LetterRule.NO_ASKING_FOR_A_COMMITMENT.name());
        _setValue(card.body, "Dear Dr. Lee, I will rank you first.");
        assertThat(card.warnings.isVisible()).isFalse();
        _click(card.markSent);

        LetterCard sent = _get(DossierEditor.class).lettersPanel.cards.getFirst();
        assertThat(sent.status.getText()).startsWith("Sent on ");
        assertThat(panel.due.isVisible()).isFalse();
        assertThat(letters.letters(mayo.dossierId())).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(LetterKind.INTENT);
            assertThat(letter.body()).isEqualTo("Dear Dr. Lee, I will rank you first.");
            assertThat(letter.sent()).isTrue();
        });
        assertThat(sent.share.getHref()).isEqualTo("review/letter/" + letters.letters(mayo.dossierId()).getFirst().id());
    }

    @Test
    void another_applicant_opening_the_interview_sees_no_notes() {
        InterviewSummary theirs = past("Mayo Clinic");
        thankYous.addPerson(theirs.id(), PersonNote.named("Dr. Lee", ""));
        newSession();
        signInAndOpen(Who.APPLICANT);

        UI.getCurrent().navigate("interviews/" + theirs.id());

        InterviewView view = _get(InterviewView.class);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.thankYouPanel).isNull();
    }

    private static List<String> warnings(PersonNoteCard card) {
        return card.warnings.getChildren().map(item -> item.getElement().getText()).toList();
    }

    private static List<String> warnings(List<ListItem> items) {
        return items.stream().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
