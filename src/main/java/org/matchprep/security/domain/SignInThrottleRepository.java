package org.matchprep.security.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SignInThrottleRepository extends JpaRepository<SignInThrottle, String> {

    /** Takes the rows in subject order, so two attempts that need the same two rows never deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SignInThrottle t where t.subject in :subjects order by t.subject")
    List<SignInThrottle> lockBySubjects(@Param("subjects") Collection<String> subjects);

    /**
     * Makes sure a row exists and holds its lock until the transaction ends, whether this attempt inserted
     * it or a parallel one did. ({@code do nothing} would not lock an existing row, so a parallel success
     * could delete it before it is read.)
     */
    @Modifying
    @Query(value = """
            insert into sign_in_throttle (subject, failures, last_failure_at)
            values (:subject, 0, :now) on conflict (subject) do update set subject = excluded.subject
            """, nativeQuery = true)
    void insertIfMissingAndLock(@Param("subject") String subject, @Param("now") Instant now);

    @Modifying
    @Query("delete from SignInThrottle t where t.lastFailureAt < :before")
    int deleteUntouchedSince(@Param("before") Instant before);
}
