package org.matchprep.security.domain;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PasswordResetRequestRepository extends JpaRepository<PasswordResetRequest, Long> {

    @Query("select count(r) from PasswordResetRequest r where r.subject = :subject and r.requestedAt > :since")
    long countSince(@Param("subject") String subject, @Param("since") Instant since);

    /** Serialises requests for one subject, so parallel ones cannot all slip under the limit. */
    @Query(value = "select count(*) from (select pg_advisory_xact_lock(hashtext(:subject))) locked", nativeQuery = true)
    long lockSubject(@Param("subject") String subject);

    @Modifying
    @Query("delete from PasswordResetRequest r where r.requestedAt < :before")
    int deleteBefore(@Param("before") Instant before);

    @Modifying
    @Query("delete from PasswordResetRequest r where r.subject = :subject")
    int deleteBySubject(@Param("subject") String subject);
}
