package org.matchprep.season.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.season.AskQuestion;
import org.matchprep.season.Audience;
import org.matchprep.season.OwnQuestion;
import org.matchprep.season.QuestionsToAskService;
import org.matchprep.season.SeasonException;
import org.matchprep.season.domain.AskQuestionEntry;

/** Chooses the 5-7 questions to ask on one interview day, from the bank or the applicant's own. */
class QuestionsPanel extends Div {

    final Map<Audience, CheckboxGroup<AskQuestion>> groups = new EnumMap<>(Audience.class);
    final Paragraph count = new Paragraph();
    final Paragraph websiteWarning = new Paragraph("Leave out what the program's website already answers (its size, "
            + "rotations, fellowships, salary and benefits): asking it shows you did not look. Ask what only the "
            + "people you meet that day can tell you.");
    final Button save = new Button("Save questions", click -> save());
    final Select<Audience> ownAudience = new Select<>();
    final TextField ownText = new TextField("Your question");
    final Button addOwn = new Button("Add question", click -> addOwn());

    private final QuestionsToAskService questions;
    private final long interviewId;
    private final Div groupBox = new Div();
    private final Binder<OwnQuestion> ownForm = Forms.binderFor(OwnQuestion.class);

    QuestionsPanel(QuestionsToAskService questions, long interviewId) {
        this.questions = questions;
        this.interviewId = interviewId;
        addClassName("card");
        count.setId("questions-count-" + interviewId);
        count.getElement().setAttribute("aria-live", "polite");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ownAudience.setLabel("For");
        ownAudience.setItems(Audience.values());
        ownAudience.setItemLabelGenerator(Audience::label);
        ownText.setMaxLength(AskQuestionEntry.TEXT_MAX_LENGTH);
        ownForm.forField(ownAudience).bind("audience");
        ownForm.forField(ownText).bind("text");
        ownForm.readRecord(new OwnQuestion(Audience.RESIDENTS, ""));
        addOwn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div own = new Div(ownAudience, ownText, addOwn);
        own.addClassName("season-evidence-row");
        websiteWarning.addClassName("season-hint");
        add(new H2("Questions to ask"), websiteWarning, count, groupBox, save, own);
        load(questions.chosenFor(interviewId).stream().map(AskQuestion::id).toList());
    }

    private void load(List<Long> chosenIds) {
        groupBox.removeAll();
        groups.clear();
        Map<Audience, List<AskQuestion>> byAudience = new EnumMap<>(Audience.class);
        for (AskQuestion question : questions.questionsForMe()) {
            byAudience.computeIfAbsent(question.audience(), audience -> new ArrayList<>()).add(question);
        }
        Set<Long> chosen = new HashSet<>(chosenIds);
        for (Audience audience : Audience.values()) {
            CheckboxGroup<AskQuestion> group = new CheckboxGroup<>(audience.label());
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            List<AskQuestion> items = byAudience.getOrDefault(audience, List.of());
            group.setItems(items);
            group.setItemLabelGenerator(question -> question.own() ? question.text() + " (yours)" : question.text());
            group.setValue(items.stream().filter(question -> chosen.contains(question.id()))
                    .collect(java.util.stream.Collectors.toSet()));
            group.addValueChangeListener(change -> updateCount());
            groups.put(audience, group);
            groupBox.add(group);
        }
        updateCount();
    }

    List<Long> chosenIds() {
        return groups.values().stream().flatMap(group -> group.getValue().stream()).map(AskQuestion::id).toList();
    }

    private void updateCount() {
        int chosen = chosenIds().size();
        int suggested = AskQuestionEntry.SUGGESTED_PER_INTERVIEW;
        int max = AskQuestionEntry.MAX_PER_INTERVIEW;
        String nudge = chosen < suggested ? " Choose at least " + suggested + ", mixed across audiences."
                : chosen > max ? " That is more than " + max + "; there will not be time for all of them." : " A good number.";
        count.setText(chosen + " chosen." + nudge);
        count.setClassName("season-flag", chosen > max);
    }

    void save() {
        try {
            List<AskQuestion> saved = questions.choose(interviewId, chosenIds());
            Notices.success("Saved " + saved.size() + " question" + (saved.size() == 1 ? "" : "s") + " to ask.");
        } catch (SeasonException refused) {
            // too many questions: about the choice as a whole, which has no single field
            Notices.error(refused.getMessage());
        }
    }

    void addOwn() {
        List<Long> keep = chosenIds();
        Forms.record(ownForm).ifPresent(question -> {
            try {
                List<AskQuestion> chosen = questions.addOwnAndChoose(interviewId, question, keep);
                ownForm.readRecord(new OwnQuestion(question.audience(), ""));
                FormErrors.clear(ownForm);
                load(chosen.stream().map(AskQuestion::id).toList());
                Notices.success("Added your question and saved it with the " + chosen.size() + " chosen for this interview.");
            } catch (SeasonException refused) {
                FormErrors.showWithNotice(ownForm, refused);
            }
        });
    }
}
