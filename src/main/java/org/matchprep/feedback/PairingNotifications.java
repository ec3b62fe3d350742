package org.matchprep.feedback;

import org.matchprep.feedback.domain.PairingRepository;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a pairing what happened: the mentor of an invitation, the applicant of the
 * answer, both people of an admin's pairing or ending. Runs inside {@link PairingService}'s transaction
 * (events are published synchronously), so a notification exists exactly when the change was committed.
 *
 * <p>Names come from the pairing's own summary (one query with both names) rather than from
 * {@code AccountDirectory}, which deliberately hands out nobody's name by id; the summary also says
 * whether an admin made the pairing and whether it was still an invitation when it ended.
 */
@Component
class PairingNotifications {

    static final String APPLICANT_LINK = PairingRoutes.MENTORS;
    static final String MENTOR_LINK = PairingRoutes.APPLICANTS;

    private final PairingRepository pairings;
    private final Notifier notifier;

    PairingNotifications(PairingRepository pairings, Notifier notifier) {
        this.pairings = pairings;
        this.notifier = notifier;
    }

    @EventListener
    void invited(PairingEvent.Invited event) {
        PairingSummary pairing = pairings.summary(event.pairingId());
        toMentor(pairing, NotificationKind.PAIRING_REQUESTED, "invited",
                pairing.applicantName() + " invited you to mentor them");
    }

    @EventListener
    void accepted(PairingEvent.Accepted event) {
        PairingSummary pairing = pairings.summary(event.pairingId());
        if (pairing.invitedByAdmin()) {
            toApplicant(pairing, NotificationKind.PAIRING_ACCEPTED, "paired",
                    pairing.mentorName() + " is now your mentor");
            toMentor(pairing, NotificationKind.PAIRING_ACCEPTED, "paired",
                    "You now mentor " + pairing.applicantName());
        } else {
            toApplicant(pairing, NotificationKind.PAIRING_ACCEPTED, "accepted",
                    pairing.mentorName() + " accepted your invitation and is now your mentor");
        }
    }

    @EventListener
    void declined(PairingEvent.Declined event) {
        PairingSummary pairing = pairings.summary(event.pairingId());
        toApplicant(pairing, NotificationKind.PAIRING_DECLINED, "declined",
                pairing.mentorName() + " declined your invitation");
    }

    @EventListener
    void ended(PairingEvent.Ended event) {
        PairingSummary pairing = pairings.summary(event.pairingId());
        // ended before the mentor answered: the applicant withdrew (or the mentor closed) an invitation
        boolean wasInvitation = pairing.respondedAt() == null;
        if (event.endedBy() == pairing.applicantId()) {
            toMentor(pairing, NotificationKind.PAIRING_ENDED, "ended", wasInvitation
                    ? pairing.applicantName() + " withdrew their invitation"
                    : pairing.applicantName() + " ended your pairing");
        } else if (event.endedBy() == pairing.mentorId()) {
            toApplicant(pairing, NotificationKind.PAIRING_ENDED, "ended", wasInvitation
                    ? pairing.mentorName() + " closed your invitation"
                    : pairing.mentorName() + " ended your pairing");
        } else {
            String what = wasInvitation ? "An admin closed the invitation between you and " : "An admin ended your pairing with ";
            toApplicant(pairing, NotificationKind.PAIRING_ENDED, "ended", what + pairing.mentorName());
            toMentor(pairing, NotificationKind.PAIRING_ENDED, "ended", what + pairing.applicantName());
        }
    }

    private void toApplicant(PairingSummary pairing, NotificationKind kind, String what, String message) {
        notifier.send(new NewNotification(pairing.applicantId(), kind, key(pairing, what), message, APPLICANT_LINK));
    }

    private void toMentor(PairingSummary pairing, NotificationKind kind, String what, String message) {
        notifier.send(new NewNotification(pairing.mentorId(), kind, key(pairing, what), message, MENTOR_LINK));
    }

    static String key(PairingSummary pairing, String what) {
        return "pairing:" + pairing.id() + ":" + what;
    }
}
