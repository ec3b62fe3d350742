package org.matchprep.practice.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.practice.PracticeSubject;
import org.matchprep.practice.RecordingRoutes;
import org.matchprep.practice.RecordingService;
import org.matchprep.practice.RecordingSummary;
import org.matchprep.practice.Recordings;

/**
 * Every attempt at one question (or on one mock interview), the newest first, with its figures, the best one marked; below, how length,
 * speaking share and pauses went over the attempts, oldest to newest.
 */
class AttemptsPanel extends Div {

    private final RecordingService recordings;
    private final PracticeSubject subject;
    private final ZoneId zone;

    AttemptsPanel(RecordingService recordings, PracticeSubject subject, ZoneId zone) {
        this.recordings = recordings;
        this.subject = subject;
        this.zone = zone;
        addClassName("attempts");
        reload();
    }

    void reload() {
        removeAll();
        List<RecordingSummary> attempts = recordings.attempts(subject);
        add(new H2("Attempts"));
        if (attempts.isEmpty()) {
            add(new Paragraph("No attempts yet. Each recording you keep is listed here with its length and pauses."));
            return;
        }
        attempts.forEach(attempt -> add(card(attempt)));
        add(new Progress(attempts.reversed()));
    }

    private Div card(RecordingSummary attempt) {
        Div card = new Div();
        card.addClassName("attempt");
        card.getElement().setAttribute("data-recording", String.valueOf(attempt.id()));
        Span when = new Span(Times.dateTime(attempt.createdAt(), zone));
        when.addClassName("attempt-when");
        card.add(when);
        if (attempt.video()) {
            Span video = new Span("Video");
            video.getElement().getThemeList().add("badge contrast");
            video.addClassName("attempt-video");
            card.add(video);
        }
        if (attempt.best()) {
            Span best = new Span("Best attempt");
            best.getElement().getThemeList().add("badge success");
            card.add(best);
        }
        card.add(new Paragraph(PracticeTexts.figures(attempt)));
        Anchor listen = new Anchor(RecordingRoutes.listen(attempt.id()), "Listen and see comments");
        Anchor share = new Anchor("review/recording/" + attempt.id(), "Share and feedback");
        Button best = new Button("Mark as best", click -> {
            recordings.markBest(attempt.id());
            reload();
        });
        best.setEnabled(!attempt.best());
        Button delete = new Button("Delete", click -> confirmDelete(attempt));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        best.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(listen, share, best, delete);
        actions.addClassName("attempt-actions");
        card.add(actions);
        return card;
    }

    private void confirmDelete(RecordingSummary attempt) {
        ConfirmDialog confirm = new ConfirmDialog("Delete this attempt?", "The recording of "
                + Times.dateTime(attempt.createdAt(), zone) + " (" + Recordings.clock(attempt.delivery().durationMs())
                + ") and its comments go for good.", "Delete", click -> {
            recordings.delete(attempt.id());
            Notices.success("Attempt deleted.");
            reload();
        });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
