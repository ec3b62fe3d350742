package org.matchprep.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

class CurrentUserTest {

    private final SecurityContextHolderStrategy securityContexts = mock(SecurityContextHolderStrategy.class);
    private final CurrentUser currentUser = new CurrentUser(securityContexts);

    @AfterEach
    void clearTheStaticHolder() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_signed_in_person_comes_from_the_strategy_it_was_given_not_from_the_static_holder() {
        SignedInUser mentor = new SignedInUser(42, "mentor@example.org", "hash", Role.MENTOR, true);
        when(securityContexts.getContext()).thenReturn(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(mentor, null, mentor.getAuthorities())));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                new SignedInUser(7, "someone-else@example.org", "hash", Role.ADMIN, true), null));

        assertThat(currentUser.get()).containsSame(mentor);
        assertThat(currentUser.id()).isEqualTo(42);
    }

    @Test
    void nobody_is_signed_in_when_the_context_is_empty() {
        when(securityContexts.getContext()).thenReturn(new SecurityContextImpl());

        assertThat(currentUser.get()).isEmpty();
        assertThatThrownBy(currentUser::require).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_anonymous_or_foreign_principal_is_nobody() {
        when(securityContexts.getContext()).thenReturn(new SecurityContextImpl(
                new TestingAuthenticationToken("anonymousUser", null)));

        assertThat(currentUser.get()).isEmpty();
    }
}
