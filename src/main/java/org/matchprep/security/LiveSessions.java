package org.matchprep.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.matchprep.account.AccountEvent;
import org.matchprep.account.AccountSessions;
import org.matchprep.account.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Knows every open HTTP session of this node, so that disabling an account (or changing its role) signs it out
 * at once instead of when its sessions happen to expire, and a new password signs out every session but the one
 * that set it. This is the fast path on the node where the change was made; the other nodes end their sessions
 * of the account at their next request, by its session stamp ({@link SessionStampFilter}, decision 019).
 */
@Component
class LiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final SessionStamps stamps;

    LiveSessions(SessionStamps stamps) {
        this.stamps = stamps;
    }

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

    // Whoever knew the old password may still hold a session; only the one that changed it stays, and takes the
    // stamp its change set, or it would end at its next request like the others.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onPasswordChanged(AccountEvent.PasswordChanged changed) {
        HttpSession current = currentSession();
        if (current != null) {
            stamps.renewAfterOwnChange(current, changed.accountId());
        }
        endSessionsOf(changed.accountId(), current == null ? null : current.getId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onSessionsEnded(AccountSessions.SessionsEnded ended) {
        endSessionsOf(ended.accountId());
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
        HttpSession session = currentSession();
        return session == null ? null : session.getId();
    }

    private static HttpSession currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) instanceof HttpSession session ? session : null;
    }

    private static boolean belongsTo(HttpSession session, long accountId) {
        SignedInUser user = SessionStamps.signedInUser(session);
        return user != null && user.accountId() == accountId;
    }
}
