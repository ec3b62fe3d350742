package org.matchprep.mail;

import java.time.Instant;

/** One mail as the outbox page lists it. */
public record OutboxEntry(long id, String recipient, String subject, String kind, String status, int attempts,
                          Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError, String textBody) {
}
