package org.matchprep.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.matchprep.account.AccountEvent;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.SignedInUser;
import org.matchprep.audit.domain.AuditEvent;
import org.matchprep.audit.domain.AuditEventRepository;
import org.matchprep.security.PasswordResetEvent;
import org.matchprep.security.SignInEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log from the events that accounts and sign-in publish. Account events are recorded
 * in the transaction that made the change, so a change and its audit line land together or not at all.
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditRecorder(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AccountEvent event) {
        switch (event) {
            case AccountEvent.Created created -> record(AuditEventType.ACCOUNT_CREATED,
                    created.selfSignUp() ? created.email() : actor(), created.email(),
                    (created.selfSignUp() ? "Signed up as " : "Created as ") + created.role().label());
            case AccountEvent.SignUpWithTakenEmail attempt -> record(AuditEventType.SIGN_UP_WITH_TAKEN_EMAIL, null,
                    attempt.email(), "Nothing created or changed");
            case AccountEvent.Disabled disabled -> record(AuditEventType.ACCOUNT_DISABLED, actor(), disabled.email(), null);
            case AccountEvent.Enabled enabled -> record(AuditEventType.ACCOUNT_ENABLED, actor(), enabled.email(), null);
            case AccountEvent.RoleChanged changed -> record(AuditEventType.ROLE_CHANGED, actor(), changed.email(),
                    changed.from().label() + " → " + changed.to().label());
            case AccountEvent.PasswordChanged changed -> record(AuditEventType.PASSWORD_CHANGED, actor(),
                    changed.email(), null);
            case AccountEvent.PasswordReset reset -> record(AuditEventType.PASSWORD_RESET_COMPLETED, reset.email(),
                    reset.email(), "Every session ended");
            case AccountEvent.Invited invited -> record(AuditEventType.INVITATION_SENT, actor(), invited.email(),
                    (invited.resent() ? "Sent again as " : "Invited as ") + invited.role().label());
            case AccountEvent.InvitationAccepted accepted -> record(AuditEventType.INVITATION_ACCEPTED,
                    accepted.email(), accepted.email(), "Password chosen as " + accepted.role().label());
            case AccountEvent.InvitationWithdrawn withdrawn -> record(AuditEventType.INVITATION_WITHDRAWN, actor(),
                    withdrawn.email(), "Unaccepted account removed");
            case AccountEvent.Deleted deleted -> forget(deleted);
        }
    }

    @EventListener
    @Transactional
    void on(PasswordResetEvent event) {
        switch (event) {
            case PasswordResetEvent.Requested requested -> record(AuditEventType.PASSWORD_RESET_REQUESTED, null,
                    requested.email(), requested.linkSent() ? "Link sent" : "No enabled account; nothing sent");
            case PasswordResetEvent.Throttled throttled -> record(AuditEventType.PASSWORD_RESET_THROTTLED, null,
                    throttled.email(), null);
        }
    }

    @EventListener
    @Transactional
    void on(SignInEvent event) {
        switch (event) {
            case SignInEvent.Succeeded succeeded -> record(AuditEventType.SIGN_IN_SUCCEEDED, succeeded.email(),
                    succeeded.email(), null);
            case SignInEvent.Failed failed -> record(failed.locked() ? AuditEventType.SIGN_IN_LOCKED
                    : AuditEventType.SIGN_IN_FAILED, null, failed.email(), null);
            case SignInEvent.SignedOut signedOut -> record(AuditEventType.SIGNED_OUT, signedOut.email(),
                    signedOut.email(), null);
        }
    }

    /**
     * A deleted account keeps its audit trail under its id only (decision 016): its e-mail becomes
     * "deleted account #id" wherever it was the actor or the target, and its client addresses go.
     */
    private void forget(AccountEvent.Deleted deleted) {
        String placeholder = deletedAccount(deleted.accountId());
        events.forgetEmail(deleted.email(), placeholder);
        events.save(new AuditEvent(clock.instant(), AuditEventType.ACCOUNT_DELETED, placeholder, placeholder, null,
                "Deleted by its owner"));
    }

    static String deletedAccount(long accountId) {
        return "deleted account #" + accountId;
    }

    private void record(AuditEventType type, String actor, String target, String details) {
        events.save(new AuditEvent(clock.instant(), type, actor, target, clientAddress(), details));
    }

    private String actor() {
        return currentUser.get().map(SignedInUser::email).orElse(SYSTEM);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
