package org.matchprep.feedback;

import java.time.Clock;

import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.feedback.domain.Pairing;
import org.matchprep.feedback.domain.PairingRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairs the demo applicant with the demo mentor, so a newcomer can try sharing and mock interviews at once.
 * The pairing is announced like an admin's, so both demo accounts find a first notification under the bell.
 */
@Component
class DemoPairings {

    static final String APPLICANT = "applicant@matchprep.test";
    static final String MENTOR = "mentor@matchprep.test";

    private final PairingRepository pairings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoPairings(PairingRepository pairings, ApplicationEventPublisher events, Clock clock) {
        this.pairings = pairings;
        this.events = events;
        this.clock = clock;
    }

    // joins the seeding transaction; on its own (a test publishing the event) it opens one
    @EventListener
    @Transactional
    void pairDemoAccounts(DemoAccountsSeeded seeded) {
        if (seeded.accountIdsByEmail().containsKey(APPLICANT) && seeded.accountIdsByEmail().containsKey(MENTOR)) {
            Pairing pairing = pairings.saveAndFlush(Pairing.byAdmin(seeded.idOf(APPLICANT), seeded.idOf(MENTOR), clock.instant()));
            events.publishEvent(new PairingEvent.Accepted(pairing.getId(), pairing.getApplicantId(), pairing.getMentorId()));
        }
    }
}
