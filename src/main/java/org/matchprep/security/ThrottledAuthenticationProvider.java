package org.matchprep.security;

import org.matchprep.account.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.Locale;

/**
 * Email and password sign-in, slowed down per email and per client address (decision 002). Every failure looks alike to the visitor
 * (unknown email, wrong password, disabled account), so the form cannot be used to discover accounts.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final SignInGuard guard;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, SignInGuard guard,
                                    ApplicationEventPublisher events) {
        this.passwordCheck = new DaoAuthenticationProvider(users);
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        this.guard = guard;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Duration wait = guard.waitBefore(email, client);
        if (!wait.isZero()) {
            events.publishEvent(new SignInEvent.Failed(email, true));
            throw new SignInDelayedException(wait);
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, authentication.getCredentials()));
        } catch (AuthenticationException failure) {
            Duration delay = guard.recordFailure(email, client);
            events.publishEvent(new SignInEvent.Failed(email, !delay.isZero()));
            if (!delay.isZero()) {
                throw new SignInDelayedException(delay);
            }
            throw new BadCredentialsException("Incorrect email or password");
        }
        Duration delayed = guard.admitSuccess(email, client);
        if (!delayed.isZero()) {
            events.publishEvent(new SignInEvent.Failed(email, true));
            throw new SignInDelayedException(delayed);
        }
        SignedInUser user = (SignedInUser) result.getPrincipal();
        events.publishEvent(new SignInEvent.Succeeded(user.accountId(), user.email()));
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
