package org.matchprep.review;

import java.util.List;

import org.matchprep.account.CurrentUser;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.domain.Share;
import org.matchprep.review.domain.ShareRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read a shared item, of any kind: its applicant, and a mentor it is shared with while the two are
 * paired. Asked on every call, so a revoked share or an ended pairing takes effect at once. Every refusal
 * reads the same, whether the item exists or not.
 */
@Component
class SubjectAccess {

    /** The item and the role its reader has; {@code share} is null for the applicant who owns it. */
    record Granted(ReviewableKind kind, SubjectRef ref, ReviewSubject subject, long viewerId, Share share) {

        boolean viewerIsMentor() {
            return share != null;
        }

        String noun() {
            return kind.noun();
        }
    }

    private final ReviewableKinds kinds;
    private final ShareRepository shares;
    private final PairingService pairings;
    private final CurrentUser currentUser;

    SubjectAccess(ReviewableKinds kinds, ShareRepository shares, PairingService pairings, CurrentUser currentUser) {
        this.kinds = kinds;
        this.shares = shares;
        this.pairings = pairings;
        this.currentUser = currentUser;
    }

    /** The refusal for an item that does not exist, is not shared, or is no longer shared with the caller. */
    static AccessDeniedException refused(String noun) {
        return new AccessDeniedException(notSharedMessage(noun));
    }

    static String notSharedMessage(String noun) {
        return "This " + noun + " is not shared with you (any more).";
    }

    Granted to(SubjectRef ref) {
        ReviewableKind kind = kinds.of(ref.type());
        long me = currentUser.id();
        ReviewSubject subject = kind.load(List.of(ref.id())).stream().findFirst()
                .orElseThrow(() -> refused(kind.noun()));
        if (subject.ownerId() == me) {
            return new Granted(kind, ref, subject, me, null);
        }
        Share share = shares.findBySubjectTypeAndSubjectIdAndMentorId(ref.type(), ref.id(), me)
                .orElseThrow(() -> refused(kind.noun()));
        if (!pairings.isPaired(subject.ownerId(), me)) {
            throw refused(kind.noun());
        }
        return new Granted(kind, ref, subject, me, share);
    }

    /** The item, if the caller is the applicant who owns it. */
    Granted mine(SubjectRef ref) {
        Granted granted = to(ref);
        if (granted.viewerIsMentor()) {
            throw refused(granted.noun());
        }
        return granted;
    }

    Granted asMentor(SubjectRef ref) {
        Granted granted = to(ref);
        if (!granted.viewerIsMentor()) {
            throw new AccessDeniedException("Only a mentor the " + granted.noun() + " is shared with can do this.");
        }
        return granted;
    }

    /** Whether this mentor may read the item now (it is shared with them and they are paired). */
    boolean mentorMayRead(SubjectRef ref, long ownerId, long mentorId) {
        return shares.findBySubjectTypeAndSubjectIdAndMentorId(ref.type(), ref.id(), mentorId).isPresent()
                && pairings.isPaired(ownerId, mentorId);
    }
}
