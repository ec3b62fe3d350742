package org.matchprep.account;

import java.time.Instant;
import java.time.ZoneId;

/** What a view may know about an account: never the password hash. */
public record AccountSummary(long id, String email, String displayName, Role role, ZoneId timeZone,
                             boolean enabled, Instant createdAt) {
}
