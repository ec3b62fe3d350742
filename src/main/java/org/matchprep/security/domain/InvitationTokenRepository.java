package org.matchprep.security.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationTokenRepository extends JpaRepository<InvitationToken, Long> {

    @Query("select t from InvitationToken t where t.tokenHash = :hash")
    Optional<InvitationToken> findByHash(@Param("hash") byte[] hash);

    /** Locked, so two pages sending the same link at once cannot both set a password. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from InvitationToken t where t.tokenHash = :hash")
    Optional<InvitationToken> lockByHash(@Param("hash") byte[] hash);

    /** A new link, or accepting one, makes the account's other links worthless. */
    @Modifying
    @Query("update InvitationToken t set t.usedAt = :now where t.accountId = :accountId and t.usedAt is null")
    int spendAllOf(@Param("accountId") long accountId, @Param("now") Instant now);

    @Modifying
    @Query("delete from InvitationToken t where t.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
