package org.matchprep.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.matchprep.audit.AuditEntry;
import org.matchprep.audit.AuditEventType;

/** Append-only: an audit event has no setters. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditEventType type;

    private String actor;

    private String target;

    @Column(name = "client_address")
    private String clientAddress;

    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, AuditEventType type, String actor, String target, String clientAddress,
                      String details) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = clip(actor, 254);
        this.target = clip(target, 254);
        this.clientAddress = clip(clientAddress, 64);
        this.details = clip(details, 500);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, type, actor, target, clientAddress, details);
    }
}
