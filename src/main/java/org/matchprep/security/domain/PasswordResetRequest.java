package org.matchprep.security.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One accepted request for a reset link, counted against its address and its client for {@link #WINDOW}
 * (decision 018). Kept for unknown addresses too, so the throttle answers alike for every address.
 */
@Entity
@Table(name = "password_reset_request")
public class PasswordResetRequest {

    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int MOST_PER_EMAIL = 3;
    public static final int MOST_PER_CLIENT = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    protected PasswordResetRequest() {
    }

    public PasswordResetRequest(String subject, Instant requestedAt) {
        this.subject = subject;
        this.requestedAt = requestedAt;
    }

    public static String emailSubject(String normalisedEmail) {
        return "email:" + normalisedEmail;
    }

    public static String clientSubject(String client) {
        return "client:" + client;
    }
}
