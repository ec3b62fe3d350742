package org.matchprep.security;

/** Sign-in and sign-out, as the audit log needs them. */
public sealed interface SignInEvent {

    String email();

    record Succeeded(long accountId, String email) implements SignInEvent {
    }

    record Failed(String email, boolean locked) implements SignInEvent {
    }

    record SignedOut(String email) implements SignInEvent {
    }
}
