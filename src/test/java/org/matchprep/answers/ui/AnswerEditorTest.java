package org.matchprep.answers.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.ExperienceDetails;
import org.matchprep.answers.ExperienceService;
import org.matchprep.answers.ExperienceSummary;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.RevisionDiff;
import org.matchprep.base.WordDiff;
import org.matchprep.answers.domain.Answer;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.MutableClockConfiguration;
import org.matchprep.testing.Shown;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

@Import(MutableClockConfiguration.class)
class AnswerEditorTest extends KaribuTest {

    @Autowired
    AnswerService answers;

    @Autowired
    QuestionBankService bank;

    @Autowired
    ExperienceService experiences;

    @Autowired
    MutableClock clock;

    private AccountSummary applicant;
    private QuestionSummary star;

    @BeforeEach
    void openAStarAnswer() {
        applicant = accounts.applicant();
        signIn(applicant);
        star = bank.questionsForMe().stream().filter(question -> question.structure() == AnswerStructure.STAR)
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("answers/" + star.id());
    }

    private AnswerEditor editor() {
        return _get(AnswerView.class).editor;
    }

    /** What the browser sends when typing pauses: the field's debounced "input" event, on its trailing edge. */
    static void pauseTyping(TextArea field) {
        _fireDomEvent(field, "input", JsonNodeFactory.instance.objectNode().put("for", "trailing"));
    }

    @Test
    void the_editor_shows_the_question_and_one_field_per_star_part() {
        assertThat(editor().partKeys()).containsExactly("situation", "task", "action", "result");
        assertThat(editor().fields.get("situation").getLabel()).isEqualTo("Situation");
        assertThat(editor().status.text()).isEqualTo("Nothing written yet");
    }

    @Test
    void the_experience_picker_is_built_when_asked_for_and_links_what_is_chosen() {
        ExperienceSummary angiogram = experiences.create(new ExperienceDetails("CT angiogram that changed the plan",
                "Emergency department, Manila", "Internship, 2023",
                "A CT angiogram showed an aortic dissection the team had not suspected.", "Speaking up to a senior."));
        UI.getCurrent().navigate("answers/" + star.id());
        assertThat(editor().experiencesUsed).isNull();
        assertThat(Shown.text(editor())).contains("Experiences used in this answer: none linked yet.");

        _click(_get(editor(), Button.class, spec -> spec.withText("Link experiences")));
        assertThat(editor().experiencesUsed.getListDataView().getItems()).contains(angiogram);
        editor().experiencesUsed.select(angiogram);
        assertThat(answers.open(star.id()).experienceIds()).containsExactly(angiogram.id());

        UI.getCurrent().navigate("questions");
        UI.getCurrent().navigate("answers/" + star.id());
        assertThat(Shown.text(editor()))
                .contains("Experiences used in this answer: CT angiogram that changed the plan");
    }

    @Test
    void typing_updates_the_counts_and_saves_the_text() {
        _setValue(editor().fields.get("situation"), "On my first night shift a patient arrived with chest pain.");

        assertThat(Shown.text(editor().total)).startsWith("Total: 11 words · 0:04");
        assertThat(editor().status.state()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(answers.open(star.id()).part("situation")).isEqualTo("On my first night shift a patient arrived with chest pain.");
    }

    @Test
    void retyping_the_saved_text_reports_saved_when_typing_pauses() {
        TextArea situation = editor().fields.get("situation");
        _setValue(situation, "The scan was normal.");
        pauseTyping(situation); // the browser sends the pause after the new text
        clock.advance(Duration.ofMinutes(10));
        UI.getCurrent().navigate("questions");
        UI.getCurrent().navigate("answers/" + star.id());
        assertThat(editor().status.state()).isEqualTo(SaveStatus.State.UNCHANGED);

        // a word typed and deleted again: the browser shows "Editing…" and, the text being the saved one,
        // only the pause reaches the server
        pauseTyping(editor().fields.get("situation"));

        assertThat(editor().status.state()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(editor().status.text()).startsWith("Saved ");
        assertThat(editor().hasUnsavedChanges()).isFalse();
        assertThat(answers.history(star.id())).as("nothing new to save").hasSize(1);
    }

    @Test
    void a_pause_in_an_answer_never_written_leaves_nothing_written() {
        pauseTyping(editor().fields.get("situation"));

        assertThat(editor().status.text()).isEqualTo("Nothing written yet");
        assertThat(answers.open(star.id()).answerId()).isNull();
    }

    @Test
    void a_cliche_without_an_example_shows_a_hint_with_its_reason() {
        _setValue(editor().fields.get("situation"), "I like puzzles.");

        assertThat(Shown.html(editor().hintBox).select(".answer-hints > li").eachText())
                .anySatisfy(text -> assertThat(text).contains("\"I like puzzles\" stands without a concrete example"));
    }

    @Test
    void markup_typed_into_a_part_shows_as_text_in_the_hints_and_counts() {
        _setValue(editor().fields.get("situation"), "I like puzzles <img src=x onerror=alert(1)>.");

        assertThat(Shown.html(editor()).select("img")).as("typed markup stays characters").isEmpty();
        assertThat(Shown.text(editor())).contains("9 words · 0:04");
    }

    @Test
    void a_star_answer_without_a_result_is_flagged() {
        _setValue(editor().fields.get("situation"), "During my surgery rotation the list was double-booked.");

        assertThat(Shown.text(editor().hintBox)).contains("This STAR answer has no result yet.");
    }

    @Test
    void text_over_the_limit_is_refused_and_the_saved_text_stays() {
        _setValue(editor().fields.get("situation"), "A short situation.");
        _setValue(editor().fields.get("situation"), "x".repeat(Answer.PART_MAX_LENGTH + 1));

        assertThat(editor().status.state()).isEqualTo(SaveStatus.State.NOT_SAVED);
        assertThat(editor().status.text()).contains("the limit is " + Answer.PART_MAX_LENGTH);
        assertThat(editor().hasUnsavedChanges()).isTrue();
        assertThat(answers.open(star.id()).part("situation")).isEqualTo("A short situation.");
    }

    @Test
    void a_part_over_the_limit_is_marked_on_that_part_and_cleared_by_the_next_save() {
        editor().fields.get("situation").setLabel("Action");
        editor().fields.get("action").setLabel("Situation");

        _setValue(editor().fields.get("situation"), "x".repeat(Answer.PART_MAX_LENGTH + 1));

        assertThat(editor().fields.get("situation").isInvalid()).isTrue();
        assertThat(editor().fields.get("situation").getErrorMessage())
                .startsWith("\"Situation\" has " + (Answer.PART_MAX_LENGTH + 1) + " characters; the limit is " + Answer.PART_MAX_LENGTH);
        assertThat(editor().fields.get("action").isInvalid()).isFalse();

        _setValue(editor().fields.get("situation"), "A situation short enough to say.");

        assertThat(editor().status.state()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(editor().fields.get("situation").isInvalid()).isFalse();
    }

    @Test
    void a_nul_character_is_refused_on_its_part_without_a_retry_and_the_saved_text_stays() {
        _setValue(editor().fields.get("situation"), "A short situation.");

        _setValue(editor().fields.get("situation"), "A short\u0000 situation.");

        assertThat(editor().fields.get("situation").isInvalid()).isTrue();
        assertThat(editor().fields.get("situation").getErrorMessage())
                .startsWith("\"Situation\" contains an invisible control character (U+0000)");
        assertThat(editor().status.state()).isEqualTo(SaveStatus.State.NOT_SAVED);
        assertThat(editor().status.offersRetry()).as("retrying the same text cannot succeed").isFalse();
        assertThat(answers.open(star.id()).part("situation")).isEqualTo("A short situation.");

        _setValue(editor().fields.get("situation"), "A short situation, retyped.");

        assertThat(editor().status.state()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(editor().fields.get("situation").isInvalid()).isFalse();
    }

    @Test
    void leaving_with_text_that_is_not_saved_asks_first() {
        _setValue(editor().fields.get("situation"), "x".repeat(Answer.PART_MAX_LENGTH + 1));

        UI.getCurrent().navigate("questions");

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(_get(AnswerView.class)).as("still on the answer until the applicant decides").isNotNull();
    }

    @Test
    void a_change_made_in_another_tab_opens_the_conflict_dialog_and_keeping_mine_saves_mine() {
        _setValue(editor().fields.get("situation"), "Written in this tab.");
        AnswerDraft stored = answers.open(star.id());
        answers.save(star.id(), stored.version(), Map.of("situation", "Written in the other tab."));

        _setValue(editor().fields.get("situation"), "Written in this tab, then more.");

        ConflictDialog conflict = _get(ConflictDialog.class);
        assertThat(answers.open(star.id()).part("situation")).as("nothing overwritten silently")
                .isEqualTo("Written in the other tab.");
        _click(conflict.keepMine);
        assertThat(answers.open(star.id()).part("situation")).isEqualTo("Written in this tab, then more.");
        assertThat(editor().status.state()).isEqualTo(SaveStatus.State.SAVED);
    }

    @Test
    void taking_the_other_version_loads_it_into_the_editor() {
        _setValue(editor().fields.get("situation"), "Mine.");
        answers.save(star.id(), answers.open(star.id()).version(), Map.of("situation", "Theirs."));

        _setValue(editor().fields.get("situation"), "Mine, edited.");
        _click(_get(ConflictDialog.class).takeStored);

        assertThat(editor().fields.get("situation").getValue()).isEqualTo("Theirs.");
        assertThat(answers.open(star.id()).part("situation")).isEqualTo("Theirs.");
    }

    @Test
    void history_compares_two_sessions_word_by_word_and_restores_the_older_one() {
        _setValue(editor().fields.get("situation"), "The scan was normal.");
        clock.advance(Duration.ofMinutes(10));
        _setValue(editor().fields.get("situation"), "The scan was abnormal.");

        _click(editor().history);
        RevisionHistoryDialog history = _get(RevisionHistoryDialog.class);
        assertThat(history.from.getValue().number()).isEqualTo(1);
        assertThat(history.to.getValue().number()).isEqualTo(2);
        RevisionDiff diff = answers.diff(history.from.getValue().id(), history.to.getValue().id());
        assertThat(diff.parts().getFirst().segments()).extracting(WordDiff.Segment::kind)
                .contains(WordDiff.Kind.REMOVED, WordDiff.Kind.ADDED);
        assertThat(history.diff.getElement().getTextRecursively()).contains("normal", "abnormal");

        _click(history.restore);

        assertThat(editor().fields.get("situation").getValue()).isEqualTo("The scan was normal.");
        assertThat(answers.history(star.id())).hasSize(3);
        assertThat(answers.history(star.id()).getFirst().restoredFrom()).isEqualTo(1);
    }

    @Test
    void changing_the_pace_changes_the_speaking_time_and_is_remembered() {
        _setValue(editor().fields.get("situation"), "one two three four five six seven eight nine ten");
        assertThat(Shown.text(editor().total)).contains("0:04");

        _click(_get(editor(), Button.class, spec -> spec.withText("Change pace")));
        _setValue(editor().pace, 100);

        assertThat(Shown.text(editor().total)).contains("0:06");
        assertThat(answers.speakingRate()).isEqualTo(100);
    }

    @Test
    void the_editor_says_where_its_speaking_times_come_from_and_follows_the_pace() {
        assertThat(Shown.text(editor().timingNote)).contains("150 words a minute, the default", "past 2 minutes are flagged");
        assertThat(editor().pace).as("the pace field is built when asked for").isNull();

        _click(_get(editor(), Button.class, spec -> spec.withText("Change pace")));
        _setValue(editor().pace, 120);

        assertThat(Shown.text(editor().timingNote)).contains("your pace of 120 words a minute");
    }

    @Test
    void clinical_writing_gets_no_filler_hints_and_the_editor_says_why() {
        _setValue(editor().fields.get("situation"), "On my ER rotation I would like to see what kind of CT the ED orders.");
        _setValue(editor().fields.get("result"), "The PE was found within an hour.");

        assertThat(Shown.text(editor().hintBox)).contains("No hints: nothing stands out.")
                .contains("Filler words (um, like, you know) are not looked for in typed text");
    }
}
