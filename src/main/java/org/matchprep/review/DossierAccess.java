package org.matchprep.review;

import org.matchprep.account.CurrentUser;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.domain.DossierShare;
import org.matchprep.review.domain.DossierShareRepository;
import org.matchprep.season.SharedDossiers;
import org.matchprep.season.SharedDossiers.DossierText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read a program dossier in the review feature: its applicant, and a mentor it is shared with while
 * the two are paired (as {@link ReviewAccess} for answers). Asked on every call; every refusal reads the
 * same, whether the dossier exists or not.
 */
@Component
class DossierAccess {

    static final String NOT_SHARED = "This dossier is not shared with you (any more).";

    /** The dossier and the role its reader has; {@code share} is null for the applicant. */
    record Granted(DossierText dossier, long viewerId, DossierShare share) {

        boolean viewerIsMentor() {
            return share != null;
        }
    }

    private final SharedDossiers dossiers;
    private final DossierShareRepository shares;
    private final PairingService pairings;
    private final CurrentUser currentUser;

    DossierAccess(SharedDossiers dossiers, DossierShareRepository shares, PairingService pairings, CurrentUser currentUser) {
        this.dossiers = dossiers;
        this.shares = shares;
        this.pairings = pairings;
        this.currentUser = currentUser;
    }

    Granted toDossier(long dossierId) {
        long me = currentUser.id();
        DossierText dossier = dossiers.current(dossierId).orElseThrow(DossierAccess::refused);
        if (dossier.applicantId() == me) {
            return new Granted(dossier, me, null);
        }
        DossierShare share = shares.findByDossierIdAndMentorId(dossierId, me).orElseThrow(DossierAccess::refused);
        if (!pairings.isPaired(dossier.applicantId(), me)) {
            throw refused();
        }
        return new Granted(dossier, me, share);
    }

    /** The dossier, if it is mine (as its applicant). */
    DossierText mine(long dossierId) {
        return dossiers.current(dossierId).filter(dossier -> dossier.applicantId() == currentUser.id())
                .orElseThrow(DossierAccess::refused);
    }

    Granted asMentor(long dossierId) {
        Granted granted = toDossier(dossierId);
        if (!granted.viewerIsMentor()) {
            throw new AccessDeniedException("Only a mentor the dossier is shared with can do this.");
        }
        return granted;
    }

    /** Whether this mentor may read the dossier now (it is shared with them and they are paired). */
    boolean mentorMayRead(DossierText dossier, long mentorId) {
        return shares.findByDossierIdAndMentorId(dossier.dossierId(), mentorId).isPresent()
                && pairings.isPaired(dossier.applicantId(), mentorId);
    }

    static AccessDeniedException refused() {
        return new AccessDeniedException(NOT_SHARED);
    }
}
