package org.matchprep.practice.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.base.ui.Notices;
import org.matchprep.base.ui.Times;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.MockInterview;
import org.matchprep.practice.PracticeSubject;
import org.matchprep.practice.RecordingRejectedException;
import org.matchprep.practice.RecordingRoutes;
import org.matchprep.practice.RecordingService;
import org.matchprep.practice.Recordings;
import org.matchprep.practice.Target;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Practise aloud" on one of my mock interviews: answers recorded as they are given in the mock (or again
 * afterwards), each an attempt with its figures, shared with the mock's mentor, who may attach one to the
 * scorecard.
 */
@Route(RecordingRoutes.PRACTICE_MOCK)
@PageTitle("Practise aloud on a mock · MatchPrep")
@RolesAllowed(Roles.APPLICANT)
public class MockPractiseView extends VerticalLayout implements BeforeEnterObserver {

    static final String MOCK_INTERVIEWS = "mock-interviews";

    private final RecordingService recordings;
    private final BookingService mocks;
    private final ZoneId zone;

    MockPractiseView(RecordingService recordings, BookingService mocks, AccountService accounts) {
        this.recordings = recordings;
        this.mocks = mocks;
        this.zone = accounts.myAccount().timeZone();
        addClassName("page");
        addClassName("practice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MockInterview mock;
        PracticeSubject subject;
        Target target;
        try {
            long bookingId = Long.parseLong(event.getRouteParameters().get("bookingId").orElse(""));
            subject = PracticeSubject.mock(bookingId);
            target = recordings.targetFor(subject); // refuses a mock that is not mine or no longer stands
            mock = mocks.mockInterview(bookingId);
        } catch (NumberFormatException | AccessDeniedException notYours) {
            Notices.error("That mock interview is not one of yours.");
            event.forwardTo(MOCK_INTERVIEWS);
            return;
        } catch (RecordingRejectedException gone) {
            Notices.error(gone.getMessage());
            event.forwardTo(MOCK_INTERVIEWS);
            return;
        }
        removeAll();
        add(new Anchor(MOCK_INTERVIEWS, "← Mock interviews"));
        add(new ViewHeader("Practise aloud on a mock", mock.format().label() + " with " + mock.mentorName() + ", "
                + Times.dateTime(mock.start(), zone) + ". Record each answer as you give it in the mock, or again"
                + " afterwards: target " + target.label() + " an answer, at most "
                + Recordings.clock(recordings.limits().maxDuration().toMillis()) + " a recording."));
        AttemptsPanel attempts = new AttemptsPanel(recordings, subject, zone);
        Div recorderBox = new Div(new H2("Record"),
                new Recorder(subject, target, recordings.limits(), id -> attempts.reload()));
        recorderBox.addClassName("practice-recorder");
        Div notes = new Div(new H2("Who hears it"), new Paragraph("Each recording you keep here is shared with "
                + mock.mentorName() + ", who can comment at moments of it and attach it to the mock's scorecard."
                + " Under each attempt, \"Share and feedback\" stops sharing it."),
                new Paragraph("Record on the device you use for the mock's call, with headphones, so the"
                        + " recording holds your voice rather than the call's."));
        notes.addClassName("practice-notes");
        Div columns = new Div(recorderBox, notes);
        columns.addClassName("practice-columns");
        add(columns, attempts);
    }
}
