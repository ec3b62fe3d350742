package org.matchprep.account;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a view may know about an account: never the password hash. {@code invited}: created by an admin's
 * invitation that was not accepted yet, so it cannot sign in (decision 018).
 */
public record AccountSummary(long id, String email, String displayName, Role role, ZoneId timeZone,
                             boolean enabled, Instant createdAt, boolean invited) {
}
