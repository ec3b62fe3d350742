package org.matchprep.review.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentThreadRepository extends JpaRepository<CommentThread, Long> {

    List<CommentThread> findByAnswerIdOrderByCreatedAtAscIdAsc(long answerId);

    List<CommentThread> findByAnswerIdAndMentorIdOrderByCreatedAtAscIdAsc(long answerId, long mentorId);

    List<CommentThread> findByDossierIdOrderByCreatedAtAscIdAsc(long dossierId);

    List<CommentThread> findByDossierIdAndMentorIdOrderByCreatedAtAscIdAsc(long dossierId, long mentorId);

    @Query("""
            select t.dossierId, count(t) from CommentThread t
            where t.dossierId in :dossierIds and t.resolvedAt is null and (:mentorId is null or t.mentorId = :mentorId)
            group by t.dossierId
            """)
    List<Object[]> countOpenOnDossiers(@Param("dossierIds") Collection<Long> dossierIds, @Param("mentorId") Long mentorId);

    @Query("""
            select t.answerId, count(t) from CommentThread t
            where t.answerId in :answerIds and t.resolvedAt is null and (:mentorId is null or t.mentorId = :mentorId)
            group by t.answerId
            """)
    List<Object[]> countOpen(@Param("answerIds") Collection<Long> answerIds, @Param("mentorId") Long mentorId);

    /**
     * Resolves the thread unless it is resolved already; 1 when this call resolved it. A conditional update
     * rather than a versioned entity write, so both sides resolving at once both succeed and only the
     * first counts (and is announced).
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update CommentThread t set t.resolvedAt = :now, t.resolvedBy = :by, t.version = t.version + 1
            where t.id = :id and t.resolvedAt is null
            """)
    int resolveIfOpen(@Param("id") long threadId, @Param("by") long by, @Param("now") Instant now);

    /** Reopens the thread unless it is open already; 1 when this call reopened it. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update CommentThread t set t.resolvedAt = null, t.resolvedBy = null, t.version = t.version + 1
            where t.id = :id and t.resolvedAt is not null
            """)
    int reopenIfResolved(@Param("id") long threadId);
}
