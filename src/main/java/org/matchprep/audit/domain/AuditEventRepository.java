package org.matchprep.audit.domain;

import java.util.List;

import org.matchprep.audit.AuditEventType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
