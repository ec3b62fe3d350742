package org.matchprep.practice.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerRoutes;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.practice.PracticeSubject;
import org.matchprep.practice.RecordingLimits;
import org.matchprep.practice.RecordingRoutes;
import org.matchprep.practice.RecordingService;
import org.matchprep.practice.Recordings;
import org.matchprep.practice.Target;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Practise aloud" for one answer: the written answer as notes, the recorder with its timer against the
 * target, and every attempt with its figures. Recordings are shared with a mentor from each attempt.
 */
@Route(RecordingRoutes.PRACTICE)
@PageTitle("Practise aloud · MatchPrep")
@RolesAllowed(Roles.APPLICANT)
public class PractiseAloudView extends VerticalLayout implements BeforeEnterObserver {

    private final RecordingService recordings;
    private final AnswerService answers;
    private final ZoneId zone;

    PractiseAloudView(RecordingService recordings, AnswerService answers, AccountService accounts) {
        this.recordings = recordings;
        this.answers = answers;
        this.zone = accounts.myAccount().timeZone();
        addClassName("page");
        addClassName("practice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long questionId;
        AnswerDraft draft;
        try {
            questionId = Long.parseLong(event.getRouteParameters().get("questionId").orElse(""));
            draft = answers.open(questionId);
        } catch (NumberFormatException | AccessDeniedException notYours) {
            Notices.error("That question is not one of yours.");
            event.forwardTo(AnswerRoutes.QUESTIONS);
            return;
        }
        removeAll();
        Target target = recordings.targetFor(questionId);
        RecordingLimits limits = recordings.limits();
        add(new Anchor(AnswerRoutes.answer(questionId), "← Back to the written answer"));
        add(new ViewHeader("Practise aloud", draft.question().text() + " · target " + target.label()
                + ". Speak it as you would in the interview; every recording you keep is an attempt. At most "
                + Recordings.clock(limits.maxDuration().toMillis()) + " a recording."));
        PracticeSubject subject = PracticeSubject.question(questionId);
        AttemptsPanel attempts = new AttemptsPanel(recordings, subject, zone);
        Div recorderBox = new Div(new H2("Record"), new Recorder(subject, target, limits, id -> attempts.reload()));
        recorderBox.addClassName("practice-recorder");
        Div columns = new Div(recorderBox, notes(draft));
        columns.addClassName("practice-columns");
        add(columns, attempts);
    }

    /** The written answer, part by part, to glance at while speaking. */
    private static Div notes(AnswerDraft draft) {
        Div notes = new Div(new H3("Your written answer, as notes"));
        notes.addClassName("practice-notes");
        boolean any = false;
        for (AnswerStructure.Part part : draft.question().structure().parts()) {
            String text = draft.part(part.key());
            if (!text.isBlank()) {
                any = true;
                Paragraph paragraph = new Paragraph(text);
                paragraph.getElement().setAttribute("title", part.label());
                notes.add(new H3(part.label()), paragraph);
            }
        }
        if (!any) {
            notes.add(new Paragraph("Nothing written yet: you can practise without notes."));
        }
        return notes;
    }
}
