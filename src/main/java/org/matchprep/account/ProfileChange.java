package org.matchprep.account;

/** What someone types to change their own profile; raw form input, checked by the service. */
public record ProfileChange(String displayName, String timeZone) {
}
