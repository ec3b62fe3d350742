package org.matchprep.season;

import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.review.ReviewSeeding;
import org.matchprep.review.SubjectRef;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Shares the demo applicant's "Bayview Health System" dossier (the one with impressions) with the demo
 * mentor, who has commented on a red flag. Runs just before the seeding transaction commits, so the demo
 * season and the demo pairing, added by other listeners, are there; without them it does nothing.
 */
@Component
class DemoDossierShares {

    static final String APPLICANT = "applicant@matchprep.test";
    static final String MENTOR = "mentor@matchprep.test";
    static final String PROGRAM = "Bayview Health System";
    static final String PASSAGE = "Little IR exposure";

    private final ProgramDossierRepository dossiers;
    private final ReviewSeeding reviews;

    DemoDossierShares(ProgramDossierRepository dossiers, ReviewSeeding reviews) {
        this.dossiers = dossiers;
        this.reviews = reviews;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void shareDemoDossier(DemoAccountsSeeded seeded) {
        if (!seeded.accountIdsByEmail().containsKey(APPLICANT) || !seeded.accountIdsByEmail().containsKey(MENTOR)) {
            return;
        }
        dossiers.findByApplicantIdOrderByNameAsc(seeded.idOf(APPLICANT)).stream()
                .filter(dossier -> dossier.getName().equals(PROGRAM)).findFirst()
                .ifPresent(dossier -> reviews.shareWithComment(SubjectRef.of(DossierReviews.TYPE, dossier.getId()),
                        seeded.idOf(MENTOR), PASSAGE, "Ask them how many IR months residents get and whether there "
                                + "is an ESIR pathway: it matters for your plans."));
    }
}
