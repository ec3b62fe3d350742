package org.matchprep.review.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.matchprep.base.ui.Notices;
import org.matchprep.review.ReviewException;
import org.matchprep.review.ShareTarget;
import org.matchprep.review.SharingService;
import org.matchprep.review.SharingState;
import org.matchprep.review.SubjectRef;
import org.matchprep.review.domain.Share;

/** The applicant's controls for one shared item: which mentors may read it, and review requests. */
class SharingPanel extends Div {

    private final SharingService sharing;
    private final SubjectRef subject;
    private final Runnable changed;

    SharingPanel(SharingService sharing, SubjectRef subject, Runnable changed) {
        this.sharing = sharing;
        this.subject = subject;
        this.changed = changed;
        addClassName("sharing-panel");
        addClassName("card");
        render();
    }

    private void render() {
        removeAll();
        SharingState state = sharing.sharing(subject);
        add(new H2("Shared with"));
        if (state.mentors().isEmpty()) {
            add(new Paragraph("You have no active mentor yet. Invite one on the Mentors page, then share this "
                    + state.noun() + "."), new Anchor("mentors", "Go to Mentors"));
            return;
        }
        add(new Paragraph("Mentors you tick can read this " + state.noun() + " and comment on it; ask one for a review "
                + "to put it at the top of their queue."));
        for (ShareTarget mentor : state.mentors()) {
            add(row(mentor));
        }
    }

    private Div row(ShareTarget mentor) {
        Div row = new Div();
        row.addClassName("share-row");
        Checkbox shared = ShareToggle.of(mentor.mentorName(), mentor.shared(),
                () -> attempt(() -> sharing.share(subject, mentor.mentorId()), "Shared with " + mentor.mentorName() + "."),
                () -> attempt(() -> sharing.revoke(subject, mentor.mentorId()),
                        "No longer shared with " + mentor.mentorName() + "."));
        row.add(shared);
        if (mentor.shared() && mentor.status() != null) {
            Span status = new Span(mentor.status().label());
            status.getElement().getThemeList().addAll(List.of("badge", "small"));
            row.add(status);
        }
        Button request = new Button("Request review", click -> openRequest(mentor));
        request.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // the name starts with the words shown (WCAG 2.5.3)
        request.getElement().setAttribute("aria-label", "Request review from " + mentor.mentorName());
        row.add(request);
        return row;
    }

    private void openRequest(ShareTarget mentor) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Ask " + mentor.mentorName() + " for a review");
        TextArea note = new TextArea("Note (optional)");
        note.setPlaceholder("What should they look at? e.g. \"Is the opening too long?\"");
        note.setMaxLength(Share.NOTE_MAX_LENGTH);
        note.setWidth("min(32rem, 80vw)");
        Button send = new Button("Request review", click -> {
            if (attempt(() -> sharing.requestReview(subject, mentor.mentorId(), note.getValue()),
                    "Review requested from " + mentor.mentorName() + ".")) {
                dialog.close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("This shares it with them if it is not shared yet."), note);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
        dialog.open();
        note.focus();
    }

    private boolean attempt(Runnable action, String success) {
        try {
            action.run();
            Notices.success(success);
            return true;
        } catch (ReviewException refused) {
            Notices.error(refused.getMessage());
            return false;
        } finally {
            changed.run();
        }
    }
}
