package org.matchprep.account;

/** What someone types to change their own password; raw form input, checked by the service. */
public record PasswordChange(String currentPassword, String newPassword, String newPasswordRepeat) {
}
