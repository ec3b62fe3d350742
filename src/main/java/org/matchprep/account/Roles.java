package org.matchprep.account;

/**
 * Role names and method-security expressions as compile-time constants, so views
 * ({@code @RolesAllowed(Roles.ADMIN)}) and services ({@code @PreAuthorize(Roles.IS_ADMIN)}) share one spelling.
 */
public final class Roles {

    public static final String APPLICANT = "APPLICANT";
    public static final String MENTOR = "MENTOR";
    public static final String ADMIN = "ADMIN";

    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String IS_APPLICANT = "hasRole('" + APPLICANT + "')";
    public static final String IS_MENTOR = "hasRole('" + MENTOR + "')";
    public static final String IS_SIGNED_IN = "isAuthenticated()";
    public static final String IS_ANONYMOUS = "isAnonymous()";

    private Roles() {
    }
}
