package org.matchprep.account;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "who is signed in". It reads the security context through the application's
 * {@link SecurityContextHolderStrategy} bean (Vaadin's session-aware one, which Vaadin also installs in the
 * static holder) rather than the static holder, so it answers for its own application context.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContexts;

    CurrentUser(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }

    public long id() {
        return require().accountId();
    }
}
