package org.matchprep.security;

/** Requests for a password reset link, as the audit log needs them (decision 018). */
public sealed interface PasswordResetEvent {

    String email();

    /** {@code linkSent}: the address belongs to an enabled account, which was mailed a link. */
    record Requested(String email, boolean linkSent) implements PasswordResetEvent {
    }

    /** Too many requests for the address or from the client: nothing was sent. */
    record Throttled(String email) implements PasswordResetEvent {
    }
}
