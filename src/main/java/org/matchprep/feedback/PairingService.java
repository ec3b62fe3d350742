package org.matchprep.feedback;

import java.time.Clock;
import java.util.List;

import org.matchprep.account.AccountDirectory;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.Role;
import org.matchprep.account.Roles;
import org.matchprep.account.SignedInUser;
import org.matchprep.feedback.domain.Pairing;
import org.matchprep.feedback.domain.PairingRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works with whom. Applicants invite mentors by email and mentors accept or decline; admins pair
 * people directly; either side (or an admin) ends a pairing. Other features ask {@link #isPaired}.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class PairingService {

    private static final List<PairingStatus> OPEN = List.of(PairingStatus.INVITED, PairingStatus.ACTIVE);

    private final PairingRepository pairings;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PairingService(PairingRepository pairings, AccountDirectory directory, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.pairings = pairings;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Invites the mentor with this email; they see the invitation and accept or decline it. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public PairingSummary inviteMentor(String mentorEmail) {
        if (mentorEmail == null || mentorEmail.isBlank()) {
            throw new PairingException("Enter your mentor's email address.");
        }
        AccountSummary mentor = directory.findActiveMentor(mentorEmail).orElseThrow(() -> new PairingException(
                "No mentor account uses this email. Ask your mentor which address they sign in with."));
        long me = currentUser.id();
        if (pairings.existsOpen(me, mentor.id())) {
            throw new PairingException("You have already invited or are working with " + mentor.displayName() + ".");
        }
        Pairing pairing = pairings.saveAndFlush(Pairing.invitation(me, mentor.id(), clock.instant()));
        events.publishEvent(new PairingEvent.Invited(pairing.getId(), me, mentor.id()));
        return pairings.summary(pairing.getId());
    }

    /** My mentors, active and invited. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<PairingSummary> myMentors() {
        return pairings.forApplicant(currentUser.id(), OPEN);
    }

    /** The applicants I work with. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_MENTOR)
    public List<PairingSummary> myApplicants() {
        return pairings.forMentor(currentUser.id(), List.of(PairingStatus.ACTIVE));
    }

    /** Applicants waiting for my answer. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_MENTOR)
    public List<PairingSummary> invitations() {
        return pairings.forMentor(currentUser.id(), List.of(PairingStatus.INVITED));
    }

    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public PairingSummary accept(long pairingId) {
        Pairing pairing = involving(pairingId);
        pairing.accept(currentUser.id(), clock.instant());
        pairings.saveAndFlush(pairing);
        events.publishEvent(new PairingEvent.Accepted(pairingId, pairing.getApplicantId(), pairing.getMentorId()));
        return pairings.summary(pairingId);
    }

    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public PairingSummary decline(long pairingId) {
        Pairing pairing = involving(pairingId);
        pairing.decline(currentUser.id(), clock.instant());
        pairings.saveAndFlush(pairing);
        events.publishEvent(new PairingEvent.Declined(pairingId, pairing.getApplicantId(), pairing.getMentorId()));
        return pairings.summary(pairingId);
    }

    /** Ends a pairing (or withdraws an invitation): by the applicant, the mentor, or an admin. */
    @Transactional
    public PairingSummary end(long pairingId) {
        Pairing pairing = isAdmin() ? pairings.findById(pairingId).orElseThrow(() -> notYours()) : involving(pairingId);
        pairing.end(currentUser.id(), clock.instant());
        pairings.saveAndFlush(pairing);
        events.publishEvent(new PairingEvent.Ended(pairingId, pairing.getApplicantId(), pairing.getMentorId(), currentUser.id()));
        return pairings.summary(pairingId);
    }

    /** Pairs an applicant with a mentor at once, without an invitation. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public PairingSummary pair(long applicantId, long mentorId) {
        AccountSummary applicant = directory.findActive(applicantId, Role.APPLICANT)
                .orElseThrow(() -> new PairingException("Choose an active applicant."));
        AccountSummary mentor = directory.findActive(mentorId, Role.MENTOR)
                .orElseThrow(() -> new PairingException("Choose an active mentor."));
        if (pairings.existsOpen(applicant.id(), mentor.id())) {
            throw new PairingException(applicant.displayName() + " and " + mentor.displayName()
                    + " are already paired or have an open invitation.");
        }
        Pairing pairing = pairings.saveAndFlush(Pairing.byAdmin(applicant.id(), mentor.id(), clock.instant()));
        events.publishEvent(new PairingEvent.Accepted(pairing.getId(), applicant.id(), mentor.id()));
        return pairings.summary(pairing.getId());
    }

    /** Every open pairing and invitation, for admins. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ADMIN)
    public List<PairingSummary> allOpenPairings() {
        return pairings.all(OPEN);
    }

    /**
     * Whether this applicant and mentor work together now. Only they (or an admin) may ask, so the
     * answer cannot be used to map who advises whom.
     */
    @Transactional(readOnly = true)
    public boolean isPaired(long applicantId, long mentorId) {
        long me = currentUser.id();
        if (me != applicantId && me != mentorId && !isAdmin()) {
            throw notYours();
        }
        return pairings.existsActive(applicantId, mentorId);
    }

    private Pairing involving(long pairingId) {
        Pairing pairing = pairings.findById(pairingId).orElseThrow(() -> notYours());
        if (!pairing.involves(currentUser.id())) {
            throw notYours();
        }
        return pairing;
    }

    private boolean isAdmin() {
        return currentUser.get().map(SignedInUser::role).orElse(null) == Role.ADMIN;
    }

    private static AccessDeniedException notYours() {
        return new AccessDeniedException("Not your pairing");
    }
}
