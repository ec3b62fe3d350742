package org.matchprep.account.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.matchprep.account.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);

    /**
     * Locks every active admin row, so two admins cannot demote or disable the last two at once. An invited admin
     * who has not chosen a password yet cannot sign in, so does not count.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.role = org.matchprep.account.Role.ADMIN and a.enabled = true and a.invited = false")
    List<Account> lockActiveAdmins();

    @Query("""
            select a from Account a
            where (:role is null or a.role = :role)
              and (:pattern = '' or lower(a.email) like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\')
            order by lower(a.displayName), a.id
            """)
    List<Account> search(@Param("pattern") String pattern, @Param("role") Role role, Pageable page);

    @Query("""
            select count(a) from Account a
            where (:role is null or a.role = :role)
              and (:pattern = '' or lower(a.email) like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\')
            """)
    long countSearch(@Param("pattern") String pattern, @Param("role") Role role);

    long countByRoleAndEnabledTrue(Role role);

    /** The account's session stamp, or nothing once the account is gone; read on every signed-in request. */
    @Query("select a.sessionStamp from Account a where a.id = :id")
    Optional<Long> findSessionStampById(@Param("id") long id);

    long countByEnabledFalse();
}
