package org.matchprep.account;

/** What happened to an account; published inside the transaction that did it. */
public sealed interface AccountEvent {

    long accountId();

    String email();

    record Created(long accountId, String email, Role role, boolean selfSignUp) implements AccountEvent {
    }

    /** Someone tried to sign up with this account's email; nothing was changed. The owner is to be told. */
    record SignUpWithTakenEmail(long accountId, String email) implements AccountEvent {
    }

    record Disabled(long accountId, String email) implements AccountEvent {
    }

    record Enabled(long accountId, String email) implements AccountEvent {
    }

    record RoleChanged(long accountId, String email, Role from, Role to) implements AccountEvent {
    }

    /** The owner changed the password, in the request of one of their sessions. */
    record PasswordChanged(long accountId, String email) implements AccountEvent {
    }

    /**
     * A new password was set from a reset link (decision 018), by someone not signed in: every session of the
     * account ends, since whoever knew the old password may hold one.
     */
    record PasswordReset(long accountId, String email) implements AccountEvent {
    }

    /**
     * An admin created the account by invitation, or asked for the invitation to be sent again (decision 018):
     * a new link is to be mailed and the earlier ones stop working.
     */
    record Invited(long accountId, String email, String displayName, Role role, boolean resent) implements AccountEvent {
    }

    /** The invited person chose their password on the invitation link; the account can sign in now. */
    record InvitationAccepted(long accountId, String email, Role role) implements AccountEvent {
    }

    /** An admin withdrew an unaccepted invitation: the account, which never signed in, is gone. */
    record InvitationWithdrawn(long accountId, String email) implements AccountEvent {
    }

    /**
     * The account and everything that cascades from it are gone (decision 016). Published inside the deleting
     * transaction, after the row went, so features remove what the database cannot reach by a foreign key:
     * text others wrote about this person's items, and the e-mail and name where they were kept as text.
     */
    record Deleted(long accountId, String email, String displayName) implements AccountEvent {
    }
}
