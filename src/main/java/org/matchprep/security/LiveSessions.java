package org.matchprep.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.matchprep.account.AccountEvent;
import org.matchprep.account.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Knows every open HTTP session, so that disabling an account (or changing its role) signs it out
 * everywhere at once instead of when its sessions happen to expire, and a new password signs out every
 * session but the one that set it.
 */
@Component
class LiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onDisabled(AccountEvent.Disabled disabled) {
        endSessionsOf(disabled.accountId());
    }

    // Roles are read into the session at sign-in; a changed role must not linger in an old session.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRoleChanged(AccountEvent.RoleChanged changed) {
        endSessionsOf(changed.accountId());
    }

    // Whoever knew the old password may still hold a session; only the one that changed it stays.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onPasswordChanged(AccountEvent.PasswordChanged changed) {
        endSessionsOf(changed.accountId(), currentSessionId());
    }

    // A reset is made signed out, so no session is the one that set it: every one ends.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onPasswordReset(AccountEvent.PasswordReset reset) {
        endSessionsOf(reset.accountId());
    }

    // The session that asked for the deletion is signed out by its page; every other one ends here.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onDeleted(AccountEvent.Deleted deleted) {
        endSessionsOf(deleted.accountId(), currentSessionId());
    }

    int endSessionsOf(long accountId) {
        return endSessionsOf(accountId, null);
    }

    /** Ends the account's sessions except the one with {@code keptSessionId} (none when null). */
    int endSessionsOf(long accountId, String keptSessionId) {
        // Invalidating a session runs the UI framework's clean-up for it on the calling thread, which
        // replaces that thread's current-UI state: done on the admin's request thread, the admin's own
        // next notification found no UI. So the sessions end on a helper thread, and we wait for it.
        AtomicInteger ended = new AtomicInteger();
        Thread worker = Thread.ofVirtual().name("end-sessions-" + accountId).start(() -> {
            for (HttpSession session : sessions.values()) {
                try {
                    if (belongsTo(session, accountId) && !session.getId().equals(keptSessionId)) {
                        session.invalidate();
                        ended.incrementAndGet();
                    }
                } catch (IllegalStateException alreadyInvalidated) {
                    sessions.remove(session.getId());
                }
            }
        });
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ended.get() > 0) {
            log.info("Ended {} live session(s) of account {}", ended.get(), accountId);
        }
        return ended.get();
    }

    /** The session of the request being served on this thread, if any. */
    private static String currentSessionId() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) instanceof HttpSession session
                ? session.getId() : null;
    }

    private static boolean belongsTo(HttpSession session, long accountId) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext securityContext
                && securityContext.getAuthentication() != null
                && securityContext.getAuthentication().getPrincipal() instanceof SignedInUser user
                && user.accountId() == accountId;
    }
}
