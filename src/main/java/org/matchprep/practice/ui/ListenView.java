package org.matchprep.practice.ui;

import java.time.ZoneId;
import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
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
import org.matchprep.practice.Pause;
import org.matchprep.practice.PracticeSubject;
import org.matchprep.practice.RecordingRoutes;
import org.matchprep.practice.RecordingService;
import org.matchprep.practice.RecordingSummary;
import org.matchprep.practice.Recordings;
import org.matchprep.practice.TranscriptService;
import org.matchprep.review.ReviewException;
import org.matchprep.review.ReviewPage;
import org.matchprep.review.ReviewService;
import org.matchprep.review.SubjectRef;
import org.matchprep.review.ThreadView;
import org.springframework.security.access.AccessDeniedException;

/**
 * One recording to listen to, for its applicant and the mentors it is shared with: the player (streamed
 * with range requests, so it seeks; a video player for a recording with video), the figures, and the
 * comments at moments of it. Each comment shows its time; clicking the time plays from there. A mentor comments at the moment the player stands at. Below,
 * the transcript when transcription is on ({@link TranscriptPanel}).
 */
@Route(RecordingRoutes.LISTEN)
@PageTitle("Recording · MatchPrep")
@RolesAllowed({Roles.APPLICANT, Roles.MENTOR})
public class ListenView extends VerticalLayout implements BeforeEnterObserver {

    private final RecordingService recordings;
    private final ReviewService reviews;
    private final TranscriptService transcripts;
    private final ZoneId zone;
    private RecordingSummary recording;
    private Element player = new Element("audio");
    final Div threads = new Div();

    ListenView(RecordingService recordings, ReviewService reviews, TranscriptService transcripts,
               AccountService accounts) {
        this.recordings = recordings;
        this.reviews = reviews;
        this.transcripts = transcripts;
        this.zone = accounts.myAccount().timeZone();
        addClassName("page");
        addClassName("listen-page");
        threads.addClassName("moment-threads");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("recordingId").orElse(""));
            recording = recordings.recording(id);
        } catch (NumberFormatException | AccessDeniedException notYours) {
            Notices.error("This recording is not yours or not shared with you (any more).");
            event.forwardTo("");
            return;
        }
        removeAll();
        player = playerOf(recording);
        if (recording.mine()) {
            Div links = new Div(new Anchor(recording.subject().practicePage(), "← All attempts"),
                    new Anchor("review/recording/" + recording.id(), "Share and feedback"));
            links.addClassName("listen-links");
            add(links);
        }
        add(new ViewHeader(recording.title(), (recording.mine() ? "Your recording" : "Shared recording") + " of "
                + Times.dateTime(recording.createdAt(), zone)));
        Div playerBox = new Div();
        playerBox.addClassName("listen-player");
        playerBox.getElement().appendChild(player);
        add(playerBox, new Paragraph(PracticeTexts.figures(recording)), pauses());
        if (!recording.mine()) {
            add(composer());
        }
        add(new H2("Comments at moments"), threads);
        showThreads();
        add(new TranscriptPanel(transcripts.transcript(recording.id()), this::seek));
    }

    /** A video player for a recording with video, else an audio player; both seek in the streamed file. */
    private static Element playerOf(RecordingSummary recording) {
        Element player = new Element(recording.video() ? "video" : "audio");
        player.setAttribute("controls", true);
        player.setAttribute("preload", "metadata");
        player.setAttribute("aria-label", recording.video() ? "Video recording" : "Recording");
        player.setAttribute("src", recording.streamUrl());
        return player;
    }

    /** The long pauses as times to jump to. */
    private Div pauses() {
        Div pauses = new Div();
        pauses.addClassName("listen-pauses");
        for (Pause pause : recording.delivery().longPauses()) {
            Button jump = new Button("Pause " + PracticeTexts.pause(pause), click -> seek(pause.startMs()));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            pauses.add(jump);
        }
        return pauses;
    }

    private Div composer() {
        TextArea comment = new TextArea("Comment at the player's current moment");
        comment.setWidthFull();
        comment.setPlaceholder("e.g. slow down here");
        Button add = new Button("Comment at this moment", click -> player.executeJs("return this.currentTime")
                .then(Double.class, seconds -> {
                    try {
                        recordings.commentAt(recording.id(), Math.round(seconds * 1000), comment.getValue());
                        comment.clear();
                        showThreads();
                    } catch (ReviewException | AccessDeniedException refused) {
                        Notices.error(refused.getMessage());
                    }
                }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(comment, add);
        box.addClassName("moment-composer");
        return box;
    }

    void showThreads() {
        threads.removeAll();
        ReviewPage page;
        try {
            page = reviews.open(SubjectRef.of("recording", recording.id()));
        } catch (AccessDeniedException revoked) {
            threads.add(new Paragraph(revoked.getMessage()));
            return;
        }
        if (page.threads().isEmpty()) {
            threads.add(new Paragraph(recording.mine()
                    ? (recording.subject().kind() == PracticeSubject.Kind.MOCK
                            ? "No comments yet. The mock's mentor can listen and comment at moments of it."
                            : "No comments yet. Share this recording with a mentor; they comment at moments of it.")
                    : "No comments yet. Play to a moment, pause, and comment."));
        }
        page.threads().stream().sorted(Comparator.comparingLong(thread -> Recordings.parseClock(thread.quote())))
                .forEach(thread -> threads.add(card(thread)));
    }

    private Div card(ThreadView thread) {
        Div card = new Div();
        card.addClassName("moment-thread");
        card.getElement().setAttribute("data-thread", String.valueOf(thread.id()));
        long at = Recordings.parseClock(thread.quote());
        Button moment = new Button(thread.quote(), click -> seek(at));
        moment.addClassName("moment-time");
        moment.getElement().setAttribute("aria-label", "Play from " + thread.quote());
        card.add(moment, new Span(thread.mentorName() + (thread.resolved() ? " · resolved" : "")));
        for (ThreadView.CommentView comment : thread.comments()) {
            Paragraph said = new Paragraph(comment.authorName() + ": " + (comment.deleted() ? "(deleted)" : comment.body()));
            said.addClassName("moment-comment");
            card.add(said);
        }
        TextArea reply = new TextArea();
        reply.setPlaceholder("Reply");
        reply.setAriaLabel("Reply at " + thread.quote());
        Button send = new Button("Reply", click -> act(() -> reviews.reply(thread.id(), reply.getValue())));
        Button resolve = new Button(thread.resolved() ? "Reopen" : "Resolve", click -> act(() -> {
            if (thread.resolved()) {
                reviews.reopen(thread.id());
            } else {
                reviews.resolve(thread.id());
            }
        }));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        card.add(reply, new Div(send, resolve));
        return card;
    }

    private void act(Runnable action) {
        try {
            action.run();
            showThreads();
        } catch (ReviewException | AccessDeniedException refused) {
            Notices.error(refused.getMessage());
        }
    }

    void seek(long millis) {
        player.executeJs("this.currentTime = $0; this.play().catch(() => {});", millis / 1000.0);
    }
}
