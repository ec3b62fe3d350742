package org.matchprep.security;

/** Sign-in and sign-out, as the audit log needs them. */
public sealed interface SignInEvent {

    String email();

    record Succeeded(long accountId, String email) implements SignInEvent {
    }

    /** {@code locked}: the throttle refused the attempt or made the next one wait (decision 002). */
    record Failed(String email, boolean locked) implements SignInEvent {
    }

    record SignedOut(String email) implements SignInEvent {
    }
}
