package org.matchprep.answers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.jsoup.Jsoup;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class QuestionListViewTest extends KaribuTest {

    @Autowired
    QuestionBankService bank;

    @Autowired
    AnswerService answers;

    @Test
    void the_questions_are_grouped_in_the_five_categories_with_answered_counts() {
        signInAndOpen(Who.APPLICANT);
        QuestionSummary first = bank.questionsForMe().stream().filter(q -> q.category() == Category.IMG).findFirst().orElseThrow();
        answers.save(first.id(), -1, Map.of("reason", "I trained in my parents' country."));

        UI.getCurrent().navigate("questions");
        QuestionListView view = _get(QuestionListView.class);

        assertThat(view.categories.getTabCount()).isEqualTo(5);
        assertThat(view.categories.getTabAt(0).getLabel()).startsWith("Get to know you · 0/");
        assertThat(view.categories.getTabAt(1).getLabel()).startsWith("IMG-specific · 1/");
        assertThat(tabText(view, 1)).contains(first.text());
    }

    @Test
    void the_list_says_which_pace_its_times_assume() {
        signInAndOpen(Who.APPLICANT);
        answers.changeSpeakingRate(130);

        UI.getCurrent().navigate("questions");

        assertThat(_get(QuestionListView.class).paceNote.getText()).isEqualTo(
                "Times assume your pace of 130 words a minute (the default is 150).");
    }

    @Test
    void an_applicant_adds_a_question_of_their_own_to_a_category() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("questions");
        QuestionListView view = _get(QuestionListView.class);

        _click(view.addQuestion);
        AddQuestionDialog dialog = _get(AddQuestionDialog.class);
        _setValue(dialog.category, Category.RADIOLOGY);
        _setValue(dialog.structure, AnswerStructure.FREE_TEXT);
        _setValue(dialog.text, "How would you explain a CT to an anxious patient?");
        _click(dialog.add);

        assertThat(bank.questionsForMe()).anySatisfy(question -> {
            assertThat(question.text()).isEqualTo("How would you explain a CT to an anxious patient?");
            assertThat(question.own()).isTrue();
            assertThat(question.category()).isEqualTo(Category.RADIOLOGY);
        });
        assertThat(view.categories.getSelectedIndex()).as("the list opens the category added to").isEqualTo(Category.RADIOLOGY.ordinal());
        assertThat(tabText(view, Category.RADIOLOGY.ordinal())).contains("How would you explain a CT to an anxious patient?", "Your question");
    }

    private static String tabText(QuestionListView view, int index) {
        return view.categories.getComponent(view.categories.getTabAt(index)).getElement().getTextRecursively();
    }

    @Test
    void a_blank_own_question_is_refused_on_the_field() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("questions");
        _click(_get(QuestionListView.class).addQuestion);
        AddQuestionDialog dialog = _get(AddQuestionDialog.class);

        _click(dialog.add);

        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("Write the question.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void the_narrative_view_offers_the_narrative_and_why_radiology_and_assembles_the_parts() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("narrative");
        NarrativeView view = _get(NarrativeView.class);

        assertThat(view.variants.getTabCount()).isEqualTo(2);
        assertThat(view.variants.getTabAt(1).getLabel()).isEqualTo("Why radiology?");
        assertThat(view.variants.getTabAt(0).getLabel()).isEqualTo("Tell me about yourself.");
        AnswerEditor first = (AnswerEditor) view.variants.getComponent(view.variants.getTabAt(0)).getChildren().findFirst().orElseThrow();
        assertThat(first.partKeys()).containsExactly("background", "why_medicine", "why_abroad", "why_radiology", "goals");

        _setValue(first.fields.get("background"), "I grew up in Chicago.");
        _setValue(first.fields.get("goals"), "I want to train in a busy academic program.");

        assertThat(Shown.text(first))
                .contains("I grew up in Chicago. I want to train in a busy academic program.");
        _setValue(first.fields.get("goals"), "<img src=x onerror=alert(1)>");
        assertThat(Shown.html(first).select("img")).as("the assembled narrative shows typed markup as text").isEmpty();
        assertThat(Shown.text(first)).contains("I grew up in Chicago. <img src=x onerror=alert(1)>");
        assertThat(Shown.text(first.total)).contains("Shorter than 60 seconds");
    }

    @Test
    void why_radiology_has_its_own_parts_no_60_to_90_second_verdict_and_a_worked_outline_to_show_or_hide() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("narrative");
        NarrativeView view = _get(NarrativeView.class);
        view.variants.setSelectedIndex(1);
        AnswerEditor why = (AnswerEditor) view.variants.getComponent(view.variants.getTabAt(1)).getChildren().findFirst().orElseThrow();

        assertThat(why.partKeys()).containsExactly("moment", "what_you_did", "daily_work", "direction");
        _setValue(why.fields.get("moment"), "A CT angiogram in the emergency department changed the plan.");
        assertThat(Shown.text(why.total)).doesNotContain("60 seconds").doesNotContain("60-90");
        assertThat(Shown.text(why.timingNote)).contains("past 2 minutes are flagged");

        org.jsoup.nodes.Element outline = Jsoup.parseBodyFragment(why.outline.getProperty("innerHTML"))
                .selectFirst("vaadin-details.answer-outline");
        assertThat(outline.hasAttr("opened")).as("starts closed; the browser opens and closes it").isFalse();
        assertThat(outline.selectFirst("vaadin-details-summary[slot=summary]").text()).isEqualTo("Worked outline (Why radiology)");
        assertThat(outline.selectFirst("p.answer-outline-text").text()).contains("What draws you to the daily work");
    }
}
