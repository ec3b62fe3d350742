package org.matchprep.security.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SignInThrottleRepository extends JpaRepository<SignInThrottle, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SignInThrottle t where t.email = :email")
    Optional<SignInThrottle> lockByEmail(@Param("email") String email);

    /**
     * Makes sure a row exists and holds its lock until the transaction ends, whether this attempt inserted
     * it or a parallel one did. ({@code do nothing} would not lock an existing row, so a parallel success
     * could delete it before it is read.)
     */
    @Modifying
    @Query(value = """
            insert into sign_in_throttle (email, failures, window_started_at)
            values (:email, 0, :now) on conflict (email) do update set email = excluded.email
            """, nativeQuery = true)
    void insertIfMissingAndLock(@Param("email") String email, @Param("now") Instant now);
}
