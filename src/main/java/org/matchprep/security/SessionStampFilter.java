package org.matchprep.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.matchprep.account.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends, on this node, a session whose account ended its sessions on any node (decision 019): one indexed read
 * per request that comes with a signed-in session. The request then goes on as a visitor's, so a page is sent
 * to sign-in and Vaadin answers its own requests with its "session expired", after which the client reloads
 * and lands on sign-in too.
 */
class SessionStampFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStampFilter.class);

    private final SessionStamps stamps;
    private final SecurityContextHolderStrategy securityContexts;

    SessionStampFilter(SessionStamps stamps, SecurityContextHolderStrategy securityContexts) {
        this.stamps = stamps;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !isCurrent(session)) {
            SignedInUser user = SessionStamps.signedInUser(session);
            securityContexts.clearContext();
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // ended by this node's own fast path meanwhile (LiveSessions); the same outcome
            }
            log.info("Ended a session of account {} whose sessions were ended on another node",
                    user == null ? "?" : user.accountId());
        }
        chain.doFilter(request, response);
    }

    private boolean isCurrent(HttpSession session) {
        try {
            return stamps.isCurrent(session);
        } catch (IllegalStateException invalidatedMeanwhile) {
            return true;
        }
    }
}
