package org.matchprep.security;

import java.util.List;

import org.matchprep.account.AccountSummaries;
import org.matchprep.account.SignedInUser;
import org.matchprep.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

@Configuration(proxyBeanMethods = false)
// Services use @PreAuthorize. JSR-250 stays off so Spring does not proxy views for their @RolesAllowed,
// which Vaadin's navigation access control reads by itself.
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Vaadin's client needs inline scripts and styles and eval for its bootstrap; everything else is
     * locked to our own origin, and nobody may frame us.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApplicationEventPublisher events, RequestUtil vaadinRequests,
                                            AccountSummaries summaries, SessionStamps sessionStamps,
                                            ObjectProvider<SecurityContextHolderStrategy> securityContexts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/icons/**", "/scripts/**").permitAll()
                // private calendar feeds: the secret token in the path is the credential (mock/CalendarFeeds)
                .requestMatchers("/calendar/*.ics").permitAll()
                // one-click unsubscribe from a mail: the signature in the link is the credential (notification)
                .requestMatchers("/mail/unsubscribe").permitAll()
                // recordings (practice): any signed-in person; the service decides who may read which one
                .requestMatchers("/recordings", "/recordings/*").authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login")
                // Vaadin would also exempt the sign-in POST from CSRF, so another site could sign a browser in
                // to an account of its choosing. Its login form sends the token from the page's meta tags.
                .enableCsrfConfiguration(false)
                .addLogoutHandler(signOutRecorder(events, summaries)));
        // Vaadin's own requests carry Vaadin's CSRF token, which Spring Security does not know; a mail client's
        // one-click unsubscribe (RFC 8058) is a POST from outside any page, with the signed link as its proof.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers("/mail/unsubscribe"));
        http.formLogin(form -> form.failureHandler(failureHandler()));
        // Before anything reads who is signed in: a session ended on another node goes on as a visitor's.
        http.addFilterAfter(new SessionStampFilter(sessionStamps,
                        securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                // Vaadin writes its page without committing through Spring's response wrapper, so lazily
                // written headers went missing on the production sign-in page; write them up front.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.build();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                  SignInGuard guard, ApplicationEventPublisher events) {
        return new ThrottledAuthenticationProvider(users, passwordEncoder, guard, events);
    }

    /** A delayed sign-in goes back to the page with the wait in seconds, which it shows; any other to "error". */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String target = exception instanceof SignInDelayedException delayed
                    ? "/login?wait=" + delayed.seconds() : "/login?error";
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    /** Records a sign-out, except the one that follows deleting the account, whose e-mail must not return to the log. */
    private static LogoutHandler signOutRecorder(ApplicationEventPublisher events, AccountSummaries summaries) {
        return (request, response, authentication) -> {
            boolean deleted = authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                    && summaries.of(List.of(user.accountId())).isEmpty();
            if (authentication != null && !deleted) {
                events.publishEvent(new SignInEvent.SignedOut(authentication.getName()));
            }
        };
    }
}
