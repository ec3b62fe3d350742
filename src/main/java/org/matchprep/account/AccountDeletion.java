package org.matchprep.account;

/** An applicant's request to delete their own account, confirmed with their password. */
public record AccountDeletion(String password) {
}
