package org.matchprep.account;

/** What an admin types to invite someone: the person chooses their own password on the invitation link. */
public record AccountInvitation(String email, String displayName, Role role, String timeZone) {
}
