package org.matchprep.mock.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.base.ui.Notices;
import org.matchprep.mock.BookingException;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.MockInterview;
import org.matchprep.mock.QuestionNote;
import org.matchprep.mock.Scorecard;
import org.matchprep.mock.ScorecardService;

/** The mentor fills in a scorecard; the applicant reads it, with links to their own answers where titles match. */
class ScorecardDialog extends Dialog {

    final Map<Criterion, RadioButtonGroup<Integer>> scores = new EnumMap<>(Criterion.class);
    final List<TextField> titles = new ArrayList<>();
    final List<TextArea> notes = new ArrayList<>();
    final TextArea overall = new TextArea("Overall notes");
    final Button save = new Button("Save scorecard");
    private final Div questions = new Div();

    /** For the mentor: editable, prefilled with an earlier scorecard if any. */
    static ScorecardDialog forMentor(ScorecardService service, MockInterview mock, Runnable onSaved) {
        ScorecardDialog dialog = new ScorecardDialog("Score the mock with " + mock.applicantName());
        Optional<Scorecard> existing = service.scorecard(mock.id());
        for (Criterion criterion : Criterion.values()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(criterion.label());
            group.setItems(1, 2, 3, 4, 5);
            existing.ifPresent(card -> group.setValue(card.scores().get(criterion)));
            dialog.scores.put(criterion, group);
            dialog.add(group);
        }
        dialog.add(new H3("Questions practised"), dialog.questions);
        existing.map(Scorecard::notes).orElse(List.of()).forEach(dialog::addQuestion);
        dialog.addQuestion(null);
        Button another = new Button("Add another question", click -> dialog.addQuestion(null));
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.overall.setMaxLength(Scorecard.OVERALL_MAX_LENGTH);
        dialog.overall.setWidthFull();
        existing.map(Scorecard::overallNotes).ifPresent(dialog.overall::setValue);
        dialog.add(another, dialog.overall);
        dialog.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.save.addClickListener(click -> {
            try {
                service.score(mock.id(), dialog.form());
                Notices.success("Scorecard saved. " + mock.applicantName() + " has been told.");
                dialog.close();
                onSaved.run();
            } catch (BookingException refused) {
                Notices.error(refused.getMessage());
            }
        });
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), dialog.save);
        return dialog;
    }

    /** For the applicant (or the mentor reading back): read-only. */
    static ScorecardDialog reading(Scorecard card, String title, List<QuestionSummary> myQuestions) {
        ScorecardDialog dialog = new ScorecardDialog(title);
        Div list = new Div();
        list.addClassName("scorecard-scores");
        for (Criterion criterion : Criterion.values()) {
            Span row = new Span(criterion.label() + ": " + card.scores().get(criterion) + " of 5");
            list.add(row);
        }
        dialog.add(list);
        if (!card.notes().isEmpty()) {
            dialog.add(new H3("Questions practised"));
            for (QuestionNote note : card.notes()) {
                Div item = new Div(new Span(note.questionTitle()));
                item.addClassName("scorecard-note");
                linkFor(note, myQuestions).ifPresent(item::add);
                if (note.note() != null) {
                    item.add(new Paragraph(note.note()));
                }
                dialog.add(item);
            }
        }
        if (card.overallNotes() != null) {
            dialog.add(new H3("Overall"), new Paragraph(card.overallNotes()));
        }
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        return dialog;
    }

    private static Optional<Anchor> linkFor(QuestionNote note, List<QuestionSummary> myQuestions) {
        Optional<Long> id = Optional.ofNullable(note.questionId()).or(() -> myQuestions.stream()
                .filter(question -> question.text().strip().equalsIgnoreCase(note.questionTitle().strip()))
                .map(QuestionSummary::id).findFirst());
        return id.map(questionId -> new Anchor("answers/" + questionId, "Your answer"));
    }

    private ScorecardDialog(String title) {
        setHeaderTitle(title);
        setWidth("min(40rem, 100%)");
        questions.addClassName("scorecard-questions");
    }

    private void addQuestion(QuestionNote existing) {
        TextField title = new TextField("Question");
        title.setMaxLength(QuestionNote.TITLE_MAX_LENGTH);
        title.setWidthFull();
        TextArea note = new TextArea("Note on this answer");
        note.setMaxLength(QuestionNote.NOTE_MAX_LENGTH);
        note.setWidthFull();
        if (existing != null) {
            title.setValue(existing.questionTitle());
            note.setValue(existing.note() == null ? "" : existing.note());
        }
        titles.add(title);
        notes.add(note);
        questions.add(title, note);
    }

    Scorecard form() {
        Map<Criterion, Integer> given = new EnumMap<>(Criterion.class);
        scores.forEach((criterion, group) -> given.put(criterion, group.getValue()));
        List<QuestionNote> questionNotes = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            if (!titles.get(i).isEmpty()) {
                questionNotes.add(new QuestionNote(titles.get(i).getValue(), null, notes.get(i).getValue()));
            }
        }
        return Scorecard.form(given, questionNotes, overall.getValue());
    }
}
