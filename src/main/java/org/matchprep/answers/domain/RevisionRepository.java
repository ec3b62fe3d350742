package org.matchprep.answers.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    Optional<Revision> findFirstByAnswerIdOrderByNumberDesc(long answerId);

    /**
     * The newest revision, locked until the transaction ends: a save decides whether to fold into it on
     * its current state, so a mentor's read that seals it meanwhile is waited for, not overwritten.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Revision> findTopByAnswerIdOrderByNumberDesc(long answerId);

    /**
     * Seals a revision by writing only its seal: writing the whole row (as a dirty entity would) could put
     * back text that an applicant's save committed meanwhile.
     */
    @Modifying
    @Query("update Revision r set r.sealedAt = :now where r.id = :id and r.sealedAt is null")
    int seal(@Param("id") long revisionId, @Param("now") Instant now);

    List<Revision> findByAnswerIdOrderByNumberDesc(long answerId);

    /** The newest revision of each of these answers, in one query (answers without revisions have none). */
    @Query("""
            select r from Revision r where r.answerId in :answerIds
            and r.number = (select max(newest.number) from Revision newest where newest.answerId = r.answerId)
            """)
    List<Revision> findNewestOf(@Param("answerIds") Collection<Long> answerIds);

    long countByAnswerId(long answerId);
}
