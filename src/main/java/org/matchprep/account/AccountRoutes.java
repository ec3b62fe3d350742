package org.matchprep.account;

/** Where the account pages live, for links from other features; the views declare their routes with these. */
public final class AccountRoutes {

    public static final String PROFILE = "profile";
    public static final String USER_ADMIN = "admin/users";

    private AccountRoutes() {
    }
}
