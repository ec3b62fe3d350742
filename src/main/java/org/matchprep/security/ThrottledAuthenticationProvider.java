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

import java.util.Locale;

/**
 * Email and password sign-in with per-email throttling. Every failure looks alike to the visitor
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
        if (guard.isLocked(email)) {
            events.publishEvent(new SignInEvent.Failed(email, true));
            throw new SignInLockedException();
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, authentication.getCredentials()));
        } catch (AuthenticationException failure) {
            boolean locked = guard.recordFailure(email);
            events.publishEvent(new SignInEvent.Failed(email, locked));
            if (locked) {
                throw new SignInLockedException();
            }
            throw new BadCredentialsException("Incorrect email or password");
        }
        if (!guard.admitSuccess(email)) {
            events.publishEvent(new SignInEvent.Failed(email, true));
            throw new SignInLockedException();
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
