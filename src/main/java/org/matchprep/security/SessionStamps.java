package org.matchprep.security;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpSession;
import org.matchprep.account.AccountSessions;
import org.matchprep.account.SignedInUser;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Whether a session's account stamp is still the account's (decision 019). A session holds the stamp its
 * account had at sign-in (in its {@link SignedInUser}), or a later one it was given when it changed its own
 * password; any higher stamp in the database, set on whichever node, ends it.
 */
@Component
class SessionStamps {

    /** A stamp this session was renewed to after a change it made itself, above the one it signed in with. */
    static final String RENEWED_STAMP = SessionStamps.class.getName() + ".RENEWED_STAMP";

    private final AccountSessions accountSessions;

    SessionStamps(AccountSessions accountSessions) {
        this.accountSessions = accountSessions;
    }

    /** False when the session's account ended its sessions since it signed in, or is gone; true when nobody signed in. */
    boolean isCurrent(HttpSession session) {
        SignedInUser user = signedInUser(session);
        if (user == null) {
            return true;
        }
        OptionalLong current = accountSessions.currentStamp(user.accountId());
        return current.isPresent() && current.getAsLong() <= held(session, user);
    }

    /**
     * Keeps the session that changed its own password: it takes the stamp that change set, unless something
     * else (an admin disabling the account a moment later) raised it further, which ends it after all.
     */
    void renewAfterOwnChange(HttpSession session, long accountId) {
        SignedInUser user = signedInUser(session);
        if (user == null || user.accountId() != accountId) {
            return;
        }
        OptionalLong current = accountSessions.currentStamp(accountId);
        if (current.isPresent() && current.getAsLong() == held(session, user) + 1) {
            session.setAttribute(RENEWED_STAMP, current.getAsLong());
        }
    }

    private static long held(HttpSession session, SignedInUser user) {
        return session.getAttribute(RENEWED_STAMP) instanceof Long renewed
                ? Math.max(renewed, user.sessionStamp()) : user.sessionStamp();
    }

    static SignedInUser signedInUser(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
