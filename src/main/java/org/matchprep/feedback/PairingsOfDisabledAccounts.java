package org.matchprep.feedback;

import java.time.Clock;

import org.matchprep.account.AccountEvent;
import org.matchprep.account.CurrentUser;
import org.matchprep.feedback.domain.Pairing;
import org.matchprep.feedback.domain.PairingRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disabled account works with nobody: its open pairings and invitations end with it, in the admin's
 * transaction, so a mentor's access to shared work ends at once and both sides are told as for any ending.
 */
@Component
class PairingsOfDisabledAccounts {

    private final PairingRepository pairings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PairingsOfDisabledAccounts(PairingRepository pairings, CurrentUser currentUser, ApplicationEventPublisher events,
                               Clock clock) {
        this.pairings = pairings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onDisabled(AccountEvent.Disabled disabled) {
        long admin = currentUser.id();
        for (Pairing pairing : pairings.openInvolving(disabled.accountId())) {
            pairing.end(admin, clock.instant());
            pairings.saveAndFlush(pairing);
            events.publishEvent(new PairingEvent.Ended(pairing.getId(), pairing.getApplicantId(), pairing.getMentorId(), admin));
        }
    }
}
