package org.matchprep.season;

import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.review.ReviewSeeding;
import org.matchprep.review.SubjectRef;
import org.matchprep.season.domain.InterviewRepository;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.matchprep.season.domain.ProgramLetterRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Shares the demo applicant's "Bayview Health System" dossier (the one with impressions) with the demo
 * mentor, who has commented on a red flag, and the thank-you notes and letters written after its
 * interview, with a comment on a note. Runs just before the seeding transaction commits, so the demo
 * season and the demo pairing, added by other listeners, are there; without them it does nothing.
 */
@Component
class DemoDossierShares {

    static final String APPLICANT = "applicant@matchprep.test";
    static final String MENTOR = "mentor@matchprep.test";
    static final String PROGRAM = "Bayview Health System";
    static final String PASSAGE = "Little IR exposure";
    static final String NOTE_PASSAGE = "the research poster a resident showed me";

    private final ProgramDossierRepository dossiers;
    private final InterviewRepository interviews;
    private final ProgramLetterRepository letters;
    private final ReviewSeeding reviews;

    DemoDossierShares(ProgramDossierRepository dossiers, InterviewRepository interviews, ProgramLetterRepository letters,
                      ReviewSeeding reviews) {
        this.dossiers = dossiers;
        this.interviews = interviews;
        this.letters = letters;
        this.reviews = reviews;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void shareDemoDossier(DemoAccountsSeeded seeded) {
        if (!seeded.accountIdsByEmail().containsKey(APPLICANT) || !seeded.accountIdsByEmail().containsKey(MENTOR)) {
            return;
        }
        long mentor = seeded.idOf(MENTOR);
        dossiers.findByApplicantIdOrderByNameAsc(seeded.idOf(APPLICANT)).stream()
                .filter(dossier -> dossier.getName().equals(PROGRAM)).findFirst()
                .ifPresent(dossier -> {
                    reviews.shareWithComment(SubjectRef.of(DossierReviews.TYPE, dossier.getId()), mentor, PASSAGE,
                            "Ask them how many IR months residents get and whether there is an ESIR pathway: it "
                                    + "matters for your plans.");
                    shareFollowUp(dossier, mentor);
                });
    }

    private void shareFollowUp(ProgramDossier dossier, long mentor) {
        interviews.findByDossierId(dossier.getId()).forEach(interview -> reviews.shareWithComment(
                SubjectRef.of(ThankYouNoteReviews.TYPE, interview.getId()), mentor, NOTE_PASSAGE,
                "Name the poster's topic: it shows you listened, and he will remember which applicant you were."));
        letters.findByDossierIdOrderByCreatedAtAscIdAsc(dossier.getId()).forEach(letter -> reviews.shareWithComment(
                SubjectRef.of(LetterReviews.TYPE, letter.getId()), mentor, "RSNA",
                "Good news to send. Add the session's date: it gives them a reason to look for you there."));
    }
}
