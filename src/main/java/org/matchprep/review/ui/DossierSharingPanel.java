package org.matchprep.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.matchprep.base.ui.Notices;
import org.matchprep.review.DossierSharingService;
import org.matchprep.review.DossierSharingState;
import org.matchprep.review.ReviewException;
import org.matchprep.review.ShareTarget;

/** The applicant's controls for one program dossier: which mentors may read it and comment. */
class DossierSharingPanel extends Div {

    private final DossierSharingService sharing;
    private final long dossierId;
    private final Runnable changed;

    DossierSharingPanel(DossierSharingService sharing, long dossierId, Runnable changed) {
        this.sharing = sharing;
        this.dossierId = dossierId;
        this.changed = changed;
        addClassName("sharing-panel");
        addClassName("card");
        DossierSharingState state = sharing.sharing(dossierId);
        add(new H2("Shared with"));
        if (state.mentors().isEmpty()) {
            add(new Paragraph("You have no active mentor yet. Invite one on the Mentors page, then share this dossier."),
                    new Anchor("mentors", "Go to Mentors"));
            return;
        }
        add(new Paragraph("Mentors you tick can read this dossier, with the impressions of its interviews, and comment on it."));
        state.mentors().forEach(mentor -> add(row(mentor)));
    }

    private Div row(ShareTarget mentor) {
        Div row = new Div();
        row.addClassName("share-row");
        Checkbox shared = ShareToggle.of(mentor.mentorName(), mentor.shared(),
                () -> attempt(() -> sharing.share(dossierId, mentor.mentorId()), "Shared with " + mentor.mentorName() + "."),
                () -> attempt(() -> sharing.revoke(dossierId, mentor.mentorId()),
                        "No longer shared with " + mentor.mentorName() + "."));
        row.add(shared);
        return row;
    }

    private void attempt(Runnable action, String success) {
        try {
            action.run();
            Notices.success(success);
        } catch (ReviewException refused) {
            Notices.error(refused.getMessage());
        } finally {
            changed.run();
        }
    }
}
