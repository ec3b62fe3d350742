package org.matchprep.account;

/** What an applicant types to create an account. Values are raw form input, checked by the service. */
public record SignUpRequest(String email, String displayName, String timeZone, String password, String passwordRepeat) {
}
