package org.matchprep.audit;

import java.util.List;

import org.matchprep.account.Roles;
import org.matchprep.audit.domain.AuditEvent;
import org.matchprep.audit.domain.AuditEventRepository;
import org.matchprep.base.LikePatterns;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets admins read the audit log, newest first. Nobody writes to it through here. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class AuditService {

    public static final int MAX_PAGE_SIZE = 200;

    private final AuditEventRepository events;

    AuditService(AuditEventRepository events) {
        this.events = events;
    }

    /** Events of {@code type} (all when null) whose actor or target contains {@code search}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditEventType type, String search, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        int pageSize = Math.min(limit, MAX_PAGE_SIZE);
        return events.search(type, LikePatterns.containing(search), PageRequest.of(offset / pageSize, pageSize)).stream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(AuditEventType type, String search) {
        return events.countSearch(type, LikePatterns.containing(search));
    }
}
