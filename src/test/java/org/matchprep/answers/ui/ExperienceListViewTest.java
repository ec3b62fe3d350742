package org.matchprep.answers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.ExperienceDetails;
import org.matchprep.answers.ExperienceService;
import org.matchprep.answers.ExperienceSummary;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.domain.Experience;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class ExperienceListViewTest extends KaribuTest {

    private static final ExperienceDetails CT_ANGIOGRAM = new ExperienceDetails("CT angiogram that changed the plan",
            "Emergency department, Manila", "Internship, 2023",
            "A CT angiogram showed an aortic dissection the team had not suspected.",
            "Judgement and speaking up to a senior.");

    @Autowired
    ExperienceService experiences;

    @Autowired
    AnswerService answers;

    @Autowired
    QuestionBankService questionBank;

    private AccountSummary me;

    @BeforeEach
    void signInAsAnApplicant() {
        me = signInAndOpen(Who.APPLICANT);
    }

    @Test
    void an_applicant_without_experiences_sees_what_the_bank_is_for_and_how_to_start() {
        ExperienceListView view = open();

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(_get(view.emptyState, H2.class).getText()).isEqualTo("Your experience bank is empty");
        assertThat(_get(view.emptyState, Paragraph.class).getText()).contains("the one that made you choose radiology");
        assertThat(view.addExperience.isVisible()).as("the empty state offers the one button").isFalse();
        assertThat(cardTitles()).isEmpty();

        _click(_get(view.emptyState, Button.class, spec -> spec.withText("Add experience")));

        assertThat(_get(ExperienceDialog.class).isOpened()).isTrue();
    }

    @Test
    void an_experience_added_through_the_dialog_appears_as_a_card() {
        ExperienceListView view = open();
        _click(_get(view.emptyState, Button.class, spec -> spec.withText("Add experience")));
        ExperienceDialog dialog = _get(ExperienceDialog.class);

        _setValue(dialog.title, CT_ANGIOGRAM.title());
        _setValue(dialog.setting, CT_ANGIOGRAM.setting());
        _setValue(dialog.when, CT_ANGIOGRAM.when());
        _setValue(dialog.whatHappened, CT_ANGIOGRAM.whatHappened());
        _setValue(dialog.whatItShows, CT_ANGIOGRAM.whatItShows());
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(Shown.notifications()).containsExactly("Added \"CT angiogram that changed the plan\".");
        assertThat(experiences.myExperiences()).extracting(ExperienceSummary::details).containsExactly(CT_ANGIOGRAM);
        assertThat(cardTitles()).containsExactly(CT_ANGIOGRAM.title());
        ExperienceCard card = _get(ExperienceCard.class);
        assertThat(_find(card, Paragraph.class)).extracting(Paragraph::getText).containsExactly(
                "Emergency department, Manila · Internship, 2023", CT_ANGIOGRAM.whatHappened(),
                CT_ANGIOGRAM.whatItShows(), "Not used in any answer yet");
        assertThat(view.emptyState.isVisible()).isFalse();
        assertThat(view.addExperience.isVisible()).isTrue();
    }

    @Test
    void editing_an_experience_saves_the_changes() {
        experiences.create(CT_ANGIOGRAM);
        open();

        _click(_get(ExperienceCard.class).edit);
        ExperienceDialog dialog = _get(ExperienceDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo(CT_ANGIOGRAM.title());
        assertThat(dialog.whatItShows.getValue()).isEqualTo(CT_ANGIOGRAM.whatItShows());
        _setValue(dialog.title, "The dissection nobody expected");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(experiences.myExperiences()).singleElement()
                .satisfies(saved -> assertThat(saved.details().title()).isEqualTo("The dissection nobody expected"))
                .satisfies(saved -> assertThat(saved.details().setting()).isEqualTo(CT_ANGIOGRAM.setting()));
        assertThat(cardTitles()).containsExactly("The dissection nobody expected");
    }

    @Test
    void a_blank_title_is_refused_on_the_title_field_and_the_dialog_keeps_what_was_typed() {
        ExperienceListView view = open();
        _click(_get(view.emptyState, Button.class, spec -> spec.withText("Add experience")));
        ExperienceDialog dialog = _get(ExperienceDialog.class);

        _setValue(dialog.title, "   ");
        _setValue(dialog.whatHappened, CT_ANGIOGRAM.whatHappened());
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Title is required.");
        assertThat(dialog.whatHappened.getValue()).isEqualTo(CT_ANGIOGRAM.whatHappened());
        assertThat(Shown.notifications()).isEmpty();
        assertThat(experiences.myExperiences()).isEmpty();

        _setValue(dialog.title, CT_ANGIOGRAM.title());
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(cardTitles()).containsExactly(CT_ANGIOGRAM.title());
    }

    @Test
    void every_refused_field_is_marked_by_its_binding_even_under_a_renamed_label() {
        ExperienceListView view = open();
        _click(_get(view.emptyState, Button.class, spec -> spec.withText("Add experience")));
        ExperienceDialog dialog = _get(ExperienceDialog.class);
        dialog.title.setLabel("Name of the case");
        dialog.whatItShows.setLabel("Title");

        _setValue(dialog.title, "");
        _setValue(dialog.whatHappened, "h".repeat(Experience.WHAT_HAPPENED_MAX_LENGTH + 1));
        _click(dialog.save);

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Title is required.");
        assertThat(dialog.whatHappened.isInvalid()).isTrue();
        assertThat(dialog.whatHappened.getErrorMessage()).isEqualTo("What happened has "
                + (Experience.WHAT_HAPPENED_MAX_LENGTH + 1) + " characters; the limit is " + Experience.WHAT_HAPPENED_MAX_LENGTH + ".");
        assertThat(dialog.whatItShows.isInvalid()).isFalse();
        assertThat(Shown.notifications()).isEmpty();
        assertThat(experiences.myExperiences()).isEmpty();
    }

    @Test
    void an_edit_made_meanwhile_in_another_tab_is_refused_and_the_input_stays() {
        ExperienceSummary original = experiences.create(CT_ANGIOGRAM);
        open();
        _click(_get(ExperienceCard.class).edit);
        ExperienceDialog dialog = _get(ExperienceDialog.class);
        experiences.update(original.id(), original.version(),
                new ExperienceDetails("Changed elsewhere", "", "", "", ""));

        _setValue(dialog.title, "My version");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("My version");
        assertThat(Shown.notifications())
                .containsExactly("This experience was changed in another tab or device; reload it first.");
        assertThat(Shown.notificationThemes()).containsExactly("error");
    }

    @Test
    void a_card_lists_the_questions_whose_answers_use_the_experience() {
        ExperienceSummary experience = experiences.create(CT_ANGIOGRAM);
        QuestionSummary whyRadiology = question("Why radiology?");
        answers.linkExperience(whyRadiology.id(), experience.id());
        open();

        ExperienceCard card = _get(ExperienceCard.class);
        assertThat(_find(card, ListItem.class)).extracting(ListItem::getText).containsExactly("Why radiology?");
        assertThat(_find(card, Paragraph.class)).extracting(Paragraph::getText).doesNotContain("Not used in any answer yet");
    }

    @Test
    void deleting_after_confirming_removes_the_experience_and_says_answers_keep_their_text() {
        ExperienceSummary experience = experiences.create(CT_ANGIOGRAM);
        answers.linkExperience(question("Why radiology?").id(), experience.id());
        ExperienceListView view = open();

        _click(_get(ExperienceCard.class).delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getText(confirm)).contains("Answers that use it keep their text");
        _fireConfirm(confirm);

        assertThat(experiences.myExperiences()).isEmpty();
        assertThat(cardTitles()).isEmpty();
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(Shown.notifications()).containsExactly("Deleted \"CT angiogram that changed the plan\".");
    }

    @Test
    void another_applicant_does_not_see_my_experiences() {
        experiences.create(CT_ANGIOGRAM);
        ExperienceListView mine = open();
        assertThat(cardTitles()).containsExactly(CT_ANGIOGRAM.title());

        signIn(accounts.applicant());
        UI.getCurrent().navigate("");
        ExperienceListView theirs = open();

        assertThat(theirs).isNotSameAs(mine);

        assertThat(cardTitles()).isEmpty();
        assertThat(theirs.emptyState.isVisible()).isTrue();
    }

    private ExperienceListView open() {
        UI.getCurrent().navigate("experiences");
        return _get(ExperienceListView.class);
    }

    private static List<String> cardTitles() {
        return _find(ExperienceCard.class).stream().map(card -> _get(card, H2.class).getText()).toList();
    }

    private QuestionSummary question(String text) {
        return questionBank.questionsForMe().stream().filter(question -> question.text().equals(text))
                .findFirst().orElseThrow();
    }
}
