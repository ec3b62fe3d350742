package org.matchprep.audit;

import java.time.Instant;

/** One line of the audit log. {@code actor} is who did it, {@code target} whom it concerned. */
public record AuditEntry(long id, Instant occurredAt, AuditEventType type, String actor, String target,
                         String clientAddress, String details) {
}
