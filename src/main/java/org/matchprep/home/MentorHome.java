package org.matchprep.home;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.matchprep.account.AccountRoutes;
import org.matchprep.account.AccountSummary;
import org.matchprep.feedback.PairingRoutes;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.review.QueueItem;
import org.matchprep.review.ReviewStatus;

/** A mentor's home: invitations waiting, the applicants they advise, and their account. */
class MentorHome extends Div {

    MentorHome(AccountSummary me, List<PairingSummary> applicants, List<PairingSummary> invitations,
               List<QueueItem> reviewQueue) {
        addClassName("home-grid");

        Div people = new Div(new H2("Your applicants"));
        people.addClassName("card");
        if (!invitations.isEmpty()) {
            people.add(new Paragraph(invitations.size() == 1 ? "1 applicant asks you to mentor them."
                    : invitations.size() + " applicants ask you to mentor them."));
        }
        if (applicants.isEmpty()) {
            people.addClassName("empty-state");
            people.add(new Paragraph("No applicants paired with you yet. Applicants invite you by your email, "
                    + me.email() + ", or an admin pairs you."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("activity");
            applicants.forEach(pairing -> list.add(new ListItem(pairing.applicantName())));
            people.add(list);
        }
        people.add(new Anchor(PairingRoutes.APPLICANTS, invitations.isEmpty() ? "Open your applicants" : "Answer invitations"));

        Div queue = reviewQueue(reviewQueue);

        Div account = new Div(new H2("Your account"),
                new Paragraph("Time zone: " + me.timeZone().getId()
                        + ". Applicants booking from abroad see your times converted to theirs."),
                new Anchor(AccountRoutes.PROFILE, "Edit profile and time zone"));
        account.addClassName("card");

        add(people, queue, account);
    }

    private static Div reviewQueue(List<QueueItem> items) {
        Div queue = new Div(new H2("Review queue"));
        queue.addClassName("card");
        List<QueueItem> waiting = items.stream()
                .filter(item -> item.status() == ReviewStatus.REQUESTED || item.status() == ReviewStatus.IN_REVIEW)
                .toList();
        if (waiting.isEmpty()) {
            queue.addClassName("empty-state");
            queue.add(new Paragraph(items.isEmpty()
                    ? "Nothing to review yet. When an applicant shares an answer or a dossier and asks for a review, "
                    + "it waits here."
                    : "No review is waiting. " + items.size() + (items.size() == 1 ? " item is" : " items are")
                    + " shared with you."));
        } else {
            queue.add(new Paragraph(waiting.size() == 1 ? "1 review is waiting for you." : waiting.size() + " reviews are waiting for you."));
            UnorderedList list = new UnorderedList();
            list.addClassName("activity");
            waiting.stream().limit(3).forEach(item -> list.add(new ListItem(
                    new Anchor(item.subject().link(), item.applicantName() + ": " + item.title()))));
            queue.add(list);
        }
        queue.add(new Anchor("reviews", "Open the review queue"));
        return queue;
    }
}
