package org.matchprep.audit.domain;

import java.util.List;

import org.matchprep.audit.AuditEventType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (:type is null or e.type = :type)
              and (:pattern = '' or lower(e.actor) like :pattern escape '\\' or lower(e.target) like :pattern escape '\\')
            order by e.occurredAt desc, e.id desc
            """)
    List<AuditEvent> search(@Param("type") AuditEventType type, @Param("pattern") String pattern, Pageable page);

    @Query("""
            select count(e) from AuditEvent e
            where (:type is null or e.type = :type)
              and (:pattern = '' or lower(e.actor) like :pattern escape '\\' or lower(e.target) like :pattern escape '\\')
            """)
    long countSearch(@Param("type") AuditEventType type, @Param("pattern") String pattern);

    /** Replaces an e-mail with {@code placeholder} as actor and target, and drops the client address of those rows. */
    @Modifying
    @Query(value = """
            update audit_event
            set actor = case when lower(actor) = lower(:email) then :placeholder else actor end,
                target = case when lower(target) = lower(:email) then :placeholder else target end,
                client_address = null
            where lower(actor) = lower(:email) or lower(target) = lower(:email)
            """, nativeQuery = true)
    int forgetEmail(@Param("email") String email, @Param("placeholder") String placeholder);
}
