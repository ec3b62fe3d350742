package org.matchprep.feedback;

import java.time.Clock;
import java.time.Instant;

import org.matchprep.account.AccountEvent;
import org.matchprep.account.Role;
import org.matchprep.feedback.domain.MentorInvitation;
import org.matchprep.feedback.domain.MentorInvitationRepository;
import org.matchprep.feedback.domain.Pairing;
import org.matchprep.feedback.domain.PairingRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a mentor invited at an applicant's request accepts the invitation (decision 018), the pairing is made, as
 * if they had accepted the applicant's invitation in the app, and the applicant is told (PairingNotifications).
 * Runs in the acceptance's transaction, so the password and the pairing are committed together. An applicant
 * disabled meanwhile has their requests dropped, so no pairing is made with them.
 */
@Component
class MentorInvitationAcceptance {

    private final MentorInvitationRepository invitations;
    private final PairingRepository pairings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MentorInvitationAcceptance(MentorInvitationRepository invitations, PairingRepository pairings,
                               ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.pairings = pairings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onAccepted(AccountEvent.InvitationAccepted accepted) {
        if (accepted.role() != Role.MENTOR) {
            return;
        }
        Instant now = clock.instant();
        for (MentorInvitation request : invitations.findByMentorAccountIdAndStatus(accepted.accountId(),
                MentorInvitation.Status.APPROVED)) {
            if (!pairings.existsOpen(request.getApplicantId(), accepted.accountId())) {
                Pairing pairing = Pairing.invitation(request.getApplicantId(), accepted.accountId(), now);
                pairing.accept(accepted.accountId(), now);
                pairing = pairings.saveAndFlush(pairing);
                events.publishEvent(new PairingEvent.Accepted(pairing.getId(), request.getApplicantId(), accepted.accountId()));
            }
            // the request has become a pairing; the pairing is the record from now on
            invitations.delete(request);
        }
    }

    @EventListener
    void onDisabled(AccountEvent.Disabled disabled) {
        invitations.deleteByApplicant(disabled.accountId());
    }
}
