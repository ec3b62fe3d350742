package org.matchprep.audit;

public enum AuditEventType {
    SIGN_IN_SUCCEEDED("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_LOCKED("Sign-in refused (too many attempts, wait)"),
    SIGNED_OUT("Signed out"),
    ACCOUNT_CREATED("Account created"),
    SIGN_UP_WITH_TAKEN_EMAIL("Sign-up with this account's email"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    ROLE_CHANGED("Role changed"),
    PASSWORD_CHANGED("Password changed"),
    ACCOUNT_DELETED("Account deleted"),
    PASSWORD_RESET_REQUESTED("Password reset link requested"),
    PASSWORD_RESET_THROTTLED("Password reset refused (too many requests, nothing sent)"),
    PASSWORD_RESET_COMPLETED("Password set from a reset link"),
    INVITATION_SENT("Invitation sent"),
    INVITATION_ACCEPTED("Invitation accepted"),
    INVITATION_WITHDRAWN("Invitation withdrawn");

    private final String label;

    AuditEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
