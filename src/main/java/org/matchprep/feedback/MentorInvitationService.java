package org.matchprep.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.matchprep.account.AccountAdminService;
import org.matchprep.account.AccountDirectory;
import org.matchprep.account.AccountInvitation;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.InvalidAccountInputException;
import org.matchprep.account.Role;
import org.matchprep.account.Roles;
import org.matchprep.base.TextRules;
import org.matchprep.feedback.domain.MentorInvitation;
import org.matchprep.feedback.domain.MentorInvitationRepository;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting a mentor who has no account yet (decision 018): the applicant asks, an admin approves (which creates
 * the invited mentor account and mails its link) or declines, and when the mentor accepts the invitation the
 * pairing is made ({@code MentorInvitationAcceptance}). Mentors stay admin-approved: no applicant creates one.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class MentorInvitationService {

    private static final List<MentorInvitation.Status> OPEN =
            List.of(MentorInvitation.Status.PENDING, MentorInvitation.Status.APPROVED);

    private final MentorInvitationRepository invitations;
    private final AccountDirectory directory;
    private final AccountAdminService accountAdmin;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final Clock clock;

    MentorInvitationService(MentorInvitationRepository invitations, AccountDirectory directory,
                            AccountAdminService accountAdmin, CurrentUser currentUser, Notifier notifier, Clock clock) {
        this.invitations = invitations;
        this.directory = directory;
        this.accountAdmin = accountAdmin;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Asks admins to invite this person as my mentor; refuses an address a mentor already signs in with. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public MentorInvitationSummary requestInvitation(String mentorName, String mentorEmail) {
        String name = mentorName == null ? "" : mentorName.strip();
        String email = mentorEmail == null ? "" : mentorEmail.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > MentorInvitation.NAME_MAX_LENGTH) {
            throw new PairingException("Enter your mentor's name (at most " + MentorInvitation.NAME_MAX_LENGTH + " characters).");
        }
        TextRules.checkControlCharacters("The name", name).ifPresent(message -> {
            throw new PairingException(message);
        });
        if (email.length() > MentorInvitation.EMAIL_MAX_LENGTH || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new PairingException("Enter your mentor's email address, such as name@hospital.org.");
        }
        Optional<AccountSummary> mentor = directory.findActiveMentor(email);
        if (mentor.isPresent()) {
            throw new PairingException(mentor.get().displayName() + " already has a mentor account: invite them by email above.");
        }
        long me = currentUser.id();
        if (invitations.existsByApplicantIdAndMentorEmailAndStatus(me, email, MentorInvitation.Status.PENDING)) {
            throw new PairingException("You have already asked for " + email + " to be invited.");
        }
        MentorInvitation saved = invitations.saveAndFlush(new MentorInvitation(me, email, name, clock.instant()));
        return summaries(List.of(saved)).getFirst();
    }

    /** My requests still open: waiting for an admin, or approved and waiting for the mentor. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<MentorInvitationSummary> myRequests() {
        return summaries(invitations.findByApplicantIdAndStatusInOrderByRequestedAt(currentUser.id(), OPEN));
    }

    /** Requests waiting for an admin's decision, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ADMIN)
    public List<MentorInvitationSummary> pendingRequests() {
        return summaries(invitations.findByStatusOrderByRequestedAt(MentorInvitation.Status.PENDING));
    }

    /**
     * Approves a request: creates the invited mentor account (in the applicant's time zone; the mentor can change
     * it) and has its invitation mailed. Refuses with {@link PairingException} when the applicant is no longer
     * active or the address has meanwhile got an account.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public MentorInvitationSummary approve(long requestId) {
        MentorInvitation request = invitations.lockById(requestId)
                .orElseThrow(() -> new PairingException("This request no longer exists."));
        AccountSummary applicant = directory.findActive(request.getApplicantId(), Role.APPLICANT)
                .orElseThrow(() -> new PairingException("The applicant who asked is no longer active."));
        Instant now = clock.instant();
        request.requirePending(); // before any account is created
        AccountSummary mentor;
        try {
            mentor = accountAdmin.inviteAccount(new AccountInvitation(request.getMentorEmail(), request.getMentorName(),
                    Role.MENTOR, applicant.timeZone().getId()));
        } catch (InvalidAccountInputException refused) {
            throw new PairingException("Cannot invite " + request.getMentorEmail() + ": " + refused.getMessage());
        }
        request.approve(mentor.id(), now);
        invitations.saveAndFlush(request);
        return summaries(List.of(request)).getFirst();
    }

    /** Declines a request; the applicant is told. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public MentorInvitationSummary decline(long requestId) {
        MentorInvitation request = invitations.lockById(requestId)
                .orElseThrow(() -> new PairingException("This request no longer exists."));
        request.decline(clock.instant());
        invitations.saveAndFlush(request);
        notifier.send(new NewNotification(request.getApplicantId(), NotificationKind.PAIRING_DECLINED,
                "mentor-invitation:" + request.getId() + ":declined",
                "An admin declined your request to invite " + request.getMentorName() + " as a mentor",
                PairingRoutes.MENTORS));
        return summaries(List.of(request)).getFirst();
    }

    private List<MentorInvitationSummary> summaries(List<MentorInvitation> found) {
        Map<Long, String> names = directory.displayNames(found.stream().map(MentorInvitation::getApplicantId).distinct().toList());
        return found.stream().map(request -> new MentorInvitationSummary(request.getId(), request.getApplicantId(),
                names.getOrDefault(request.getApplicantId(), ""), request.getMentorName(), request.getMentorEmail(),
                request.getStatus().name(), request.getRequestedAt())).toList();
    }
}
