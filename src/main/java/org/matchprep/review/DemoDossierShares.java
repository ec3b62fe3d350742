package org.matchprep.review;

import java.time.Clock;
import java.time.Instant;

import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.review.domain.CommentThread;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.DossierShareRepository;
import org.matchprep.review.domain.TextAnchor;
import org.matchprep.review.domain.ThreadComment;
import org.matchprep.review.domain.ThreadCommentRepository;
import org.matchprep.season.SharedDossiers;
import org.matchprep.season.SharedDossiers.DossierText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Shares the demo applicant's "Bayview Health System" dossier (the one with impressions) with the demo
 * mentor, who has commented on a red flag. Runs just before the seeding transaction commits, so the
 * season's demo dossiers and the demo pairing, added by other listeners, are there; without them it
 * does nothing.
 */
@Component
class DemoDossierShares {

    static final String APPLICANT = "applicant@matchprep.test";
    static final String MENTOR = "mentor@matchprep.test";
    static final String PROGRAM = "Bayview Health System";
    static final String PASSAGE = "Little IR exposure";

    private final SharedDossiers dossiers;
    private final DossierShareRepository shares;
    private final CommentThreadRepository threads;
    private final ThreadCommentRepository comments;
    private final Clock clock;

    DemoDossierShares(SharedDossiers dossiers, DossierShareRepository shares, CommentThreadRepository threads,
                      ThreadCommentRepository comments, Clock clock) {
        this.dossiers = dossiers;
        this.shares = shares;
        this.threads = threads;
        this.comments = comments;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void shareDemoDossier(DemoAccountsSeeded seeded) {
        if (!seeded.accountIdsByEmail().containsKey(APPLICANT) || !seeded.accountIdsByEmail().containsKey(MENTOR)) {
            return;
        }
        long mentor = seeded.idOf(MENTOR);
        DossierText dossier = dossiers.ofApplicant(seeded.idOf(APPLICANT)).stream()
                .filter(found -> found.programName().equals(PROGRAM)).findFirst().orElse(null);
        if (dossier == null) {
            return;
        }
        Instant now = clock.instant();
        shares.insertIfAbsent(dossier.dossierId(), dossier.applicantId(), mentor, now);
        dossier.parts().stream().filter(part -> part.text().contains(PASSAGE)).findFirst().ifPresent(part -> {
            int start = part.text().indexOf(PASSAGE);
            CommentThread thread = threads.saveAndFlush(CommentThread.onDossier(dossier.dossierId(), mentor, part.key(),
                    TextAnchor.of(part.text(), start, start + PASSAGE.length()), now));
            comments.saveAndFlush(new ThreadComment(thread.getId(), mentor, "Ask them how many IR months residents get "
                    + "and whether there is an ESIR pathway: it matters for your plans.", now));
        });
    }
}
