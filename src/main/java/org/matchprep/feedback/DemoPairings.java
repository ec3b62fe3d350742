package org.matchprep.feedback;

import java.time.Clock;

import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.feedback.domain.Pairing;
import org.matchprep.feedback.domain.PairingRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Pairs the demo applicant with the demo mentor, so a newcomer can try sharing and mock interviews at once. */
@Component
class DemoPairings {

    static final String APPLICANT = "applicant@matchprep.test";
    static final String MENTOR = "mentor@matchprep.test";

    private final PairingRepository pairings;
    private final Clock clock;

    DemoPairings(PairingRepository pairings, Clock clock) {
        this.pairings = pairings;
        this.clock = clock;
    }

    @EventListener
    void pairDemoAccounts(DemoAccountsSeeded seeded) {
        if (seeded.accountIdsByEmail().containsKey(APPLICANT) && seeded.accountIdsByEmail().containsKey(MENTOR)) {
            pairings.save(Pairing.byAdmin(seeded.idOf(APPLICANT), seeded.idOf(MENTOR), clock.instant()));
        }
    }
}
