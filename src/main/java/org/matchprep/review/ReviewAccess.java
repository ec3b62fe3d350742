package org.matchprep.review;

import org.matchprep.account.CurrentUser;
import org.matchprep.answers.SharedAnswers;
import org.matchprep.answers.SharedAnswers.CurrentAnswer;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.domain.Share;
import org.matchprep.review.domain.ShareRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read an answer in the review feature: its applicant, and a mentor it is shared with while the
 * two are paired. Asked on every call, so a revoked share or an ended pairing takes effect at once. Every
 * refusal reads the same, whether the answer exists or not.
 */
@Component
class ReviewAccess {

    static final String NOT_SHARED = "This answer is not shared with you (any more).";

    /** The answer and the role its reader has; {@code share} is null for the applicant. */
    record Granted(CurrentAnswer answer, long viewerId, Share share) {

        boolean viewerIsMentor() {
            return share != null;
        }
    }

    private final SharedAnswers answers;
    private final ShareRepository shares;
    private final PairingService pairings;
    private final CurrentUser currentUser;

    ReviewAccess(SharedAnswers answers, ShareRepository shares, PairingService pairings, CurrentUser currentUser) {
        this.answers = answers;
        this.shares = shares;
        this.pairings = pairings;
        this.currentUser = currentUser;
    }

    Granted toAnswer(long answerId) {
        long me = currentUser.id();
        CurrentAnswer answer = answers.current(answerId).orElseThrow(() -> new AccessDeniedException(NOT_SHARED));
        if (answer.applicantId() == me) {
            return new Granted(answer, me, null);
        }
        Share share = shares.findByAnswerIdAndMentorId(answerId, me).orElseThrow(() -> new AccessDeniedException(NOT_SHARED));
        if (!pairings.isPaired(answer.applicantId(), me)) {
            throw new AccessDeniedException(NOT_SHARED);
        }
        return new Granted(answer, me, share);
    }

    /** Whether this mentor may read the answer now (it is shared with them and they are paired). */
    boolean mentorMayRead(CurrentAnswer answer, long mentorId) {
        return shares.findByAnswerIdAndMentorId(answer.answerId(), mentorId).isPresent()
                && pairings.isPaired(answer.applicantId(), mentorId);
    }

    Granted asMentor(long answerId) {
        Granted granted = toAnswer(answerId);
        if (!granted.viewerIsMentor()) {
            throw new AccessDeniedException("Only a mentor the answer is shared with can do this.");
        }
        return granted;
    }
}
