package org.matchprep.mock.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.base.ui.FormErrors;
import org.matchprep.base.ui.Forms;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.mock.BookingException;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.MockInterview;
import org.matchprep.mock.MockRecordings.MockRecording;
import org.matchprep.mock.QuestionNote;
import org.matchprep.mock.RankVerdict;
import org.matchprep.mock.Scorecard;
import org.matchprep.mock.ScorecardService;

/** The mentor fills in a scorecard; the applicant reads it, with links to their own answers where titles match. */
class ScorecardDialog extends Dialog {

    final ScoreChoices scores = new ScoreChoices();
    final RadioButtonGroup<RankVerdict> wouldRank = new RadioButtonGroup<>(WOULD_YOU_RANK);
    final QuestionNotes questions = new QuestionNotes();
    final TextArea overall = new TextArea("Overall notes");
    final Select<Long> recording = new Select<>();
    final Button save = new Button("Save scorecard");
    private final Binder<Scorecard> binder = Forms.binderFor(Scorecard.class);

    private static final String WOULD_YOU_RANK = "Would you rank this applicant?";

    /** For the mentor: editable, prefilled with an earlier scorecard if any. */
    static ScorecardDialog forMentor(ScorecardService service, MockInterview mock, Runnable onSaved) {
        ScorecardDialog dialog = new ScorecardDialog("Score the mock with " + mock.applicantName());
        dialog.bind();
        Optional<Scorecard> earlier = service.scorecard(mock.id());
        List<MockRecording> recordings = service.recordingsOf(mock.id());
        dialog.attachable(recordings, mock.applicantName(), mock.mentorZone());
        // a recording no longer shared (or deleted) cannot stay attached when the card is saved again
        dialog.binder.readRecord(earlier.map(card -> recordings.stream().anyMatch(one -> one.id() == nullToZero(card.recordingId()))
                ? card : withoutRecording(card)).orElse(Scorecard.form(Map.of(), null, List.of(), "")));
        dialog.wouldRank.setItems(RankVerdict.values());
        dialog.wouldRank.setItemLabelGenerator(RankVerdict::label);
        dialog.wouldRank.setHelperText("As an interviewer at a program would decide after the same conversation.");
        Button another = new Button("Add another question", click -> dialog.questions.addQuestion());
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.overall.setMaxLength(Scorecard.OVERALL_MAX_LENGTH);
        dialog.overall.setWidthFull();
        if (earlier.filter(Scorecard::isEarlierRubric).isPresent()) {
            dialog.add(new Paragraph("You scored this mock with the earlier rubric. Its scores stay; "
                    + "score the criteria it did not have to save it again."));
        }
        dialog.add(dialog.scores, new H3("Verdict"), dialog.wouldRank, new H3("Questions practised"), dialog.questions, another,
                dialog.overall, new H3("Recording"), dialog.recordingPart(recordings, mock.applicantName()));
        dialog.scores.focusFirstChoiceWhenShown();
        dialog.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.save.addClickListener(click -> Forms.record(dialog.binder).ifPresent(form -> {
            try {
                service.score(mock.id(), form);
                Notices.success("Scorecard saved. " + mock.applicantName() + " has been told.");
                dialog.close();
                onSaved.run();
            } catch (BookingException refused) {
                // "once it has taken place" concerns the mock, not a field
                FormErrors.showWithNotice(dialog.binder, refused);
            }
        }));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), dialog.save);
        return dialog;
    }

    // which mock, and when it was scored, are the service's to fill in; the mentor edits the rest
    private void bind() {
        binder.forField(Forms.<Long>kept()).bind("bookingId");
        binder.forField(Forms.<java.time.Instant>kept()).bind("mockStart");
        binder.forField(scores).bind("scores");
        binder.forField(wouldRank).bind("wouldRank");
        binder.forField(questions).bind("notes");
        binder.forField(overall).bind("overallNotes");
        binder.forField(Forms.<java.time.Instant>kept()).bind("scoredAt");
        binder.forField(recording).bind("recordingId");
    }

    /** The mentor picks one of the recordings the applicant made on the mock and shares, or none. */
    private void attachable(List<MockRecording> recordings, String applicantName, ZoneId zone) {
        recording.setLabel("Attach a recording of the mock");
        recording.setEmptySelectionAllowed(true);
        recording.setEmptySelectionCaption("No recording");
        recording.setItems(recordings.stream().map(MockRecording::id).toList());
        recording.setItemLabelGenerator(id -> recordings.stream().filter(one -> id != null && one.id() == id).findFirst()
                .map(one -> label(one, zone)).orElse("No recording"));
        recording.setHelperText("Answers " + applicantName + " recorded on this mock and shares with you.");
        recording.setWidth("min(24rem, 100%)");
    }

    private Div recordingPart(List<MockRecording> recordings, String applicantName) {
        Div part = new Div();
        part.addClassName("scorecard-recording");
        if (recordings.isEmpty()) {
            recording.setVisible(false);
            part.add(new Paragraph(applicantName + " has not shared a recording of this mock with you. They can record"
                    + " answers on the mock (\"Practise aloud\" on their mock interviews page); you can attach one then."));
            return part;
        }
        part.add(recording);
        for (MockRecording one : recordings) {
            Anchor listen = new Anchor(one.link(), "Listen (" + one.length() + ")");
            listen.setTarget("_blank");
            listen.getElement().setAttribute("aria-label", "Listen to the recording of " + one.length()
                    + ", opens in a new tab");
            part.add(new Div(listen));
        }
        return part;
    }

    private static String label(MockRecording one, ZoneId zone) {
        return one.length() + ", recorded " + Times.dateTime(one.recordedAt(), zone);
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }

    private static Scorecard withoutRecording(Scorecard card) {
        return new Scorecard(card.bookingId(), card.mockStart(), card.scores(), card.wouldRank(), card.notes(),
                card.overallNotes(), card.scoredAt(), null);
    }

    /** For the applicant (or the mentor reading back): read-only. */
    static ScorecardDialog reading(Scorecard card, String title, List<QuestionSummary> myQuestions,
                                   List<MockRecording> recordings, ZoneId zone) {
        ScorecardDialog dialog = new ScorecardDialog(title);
        // a long scorecard scrolls; the reading body takes focus so a keyboard alone can scroll it
        Div body = new Div();
        body.addClassName("scorecard-body");
        body.getElement().setAttribute("tabindex", "0");
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("aria-label", title);
        dialog.add(body);
        if (card.isEarlierRubric()) {
            body.add(new Paragraph("Scored with the earlier rubric, before it asked what programs look for."));
        }
        for (Criterion.Group part : Criterion.Group.values()) {
            List<Criterion> scored = Criterion.of(part).stream().filter(card.scores()::containsKey).toList();
            if (scored.isEmpty()) {
                continue;
            }
            Div list = new Div();
            list.addClassName("scorecard-scores");
            for (Criterion criterion : scored) {
                int score = card.scores().get(criterion);
                Div row = new Div(new Span(criterion.label() + ": " + score + " of 5"));
                if (criterion.isCurrent()) {
                    Span level = new Span(criterion.level(score));
                    level.addClassName("scorecard-level");
                    row.add(level);
                }
                list.add(row);
            }
            H3 heading = new H3(part.label());
            heading.addClassName("scorecard-part");
            body.add(heading, list);
        }
        if (card.wouldRank() != null) {
            body.add(new Paragraph(WOULD_YOU_RANK + " " + card.wouldRank().label()));
        }
        if (!card.notes().isEmpty()) {
            body.add(new H3("Questions practised"));
            for (QuestionNote note : card.notes()) {
                Div item = new Div(new Span(note.questionTitle()));
                item.addClassName("scorecard-note");
                linkFor(note, myQuestions).ifPresent(item::add);
                if (note.note() != null) {
                    item.add(new Paragraph(note.note()));
                }
                body.add(item);
            }
        }
        if (card.overallNotes() != null) {
            body.add(new H3("Overall"), new Paragraph(card.overallNotes()));
        }
        if (card.recordingId() != null) {
            body.add(new H3("Recording"));
            body.add(recordings.stream().filter(one -> one.id() == card.recordingId()).findFirst()
                    .<Component>map(one -> new Anchor(one.link(), "Listen to the recording attached ("
                            + label(one, zone) + ")"))
                    .orElseGet(() -> new Paragraph("A recording was attached; it is no longer shared with you.")));
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
    }
}
