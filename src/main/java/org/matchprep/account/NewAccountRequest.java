package org.matchprep.account;

/** What an admin types to create an account of any role. */
public record NewAccountRequest(String email, String displayName, Role role, String timeZone,
                                String password, String passwordRepeat) {
}
