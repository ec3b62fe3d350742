package org.matchprep.review.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentThreadRepository extends JpaRepository<CommentThread, Long> {

    List<CommentThread> findBySubjectTypeAndSubjectIdOrderByCreatedAtAscIdAsc(String subjectType, long subjectId);

    List<CommentThread> findBySubjectTypeAndSubjectIdAndMentorIdOrderByCreatedAtAscIdAsc(String subjectType,
                                                                                          long subjectId, long mentorId);

    /**
     * Open threads per item: rows of (subject type, subject id, count), for all the items of a list in one
     * query. With a mentor, only the threads that mentor started.
     */
    @Query("""
            select t.subjectType, t.subjectId, count(t) from CommentThread t
            where t.subjectId in :subjectIds and t.resolvedAt is null and (:mentorId is null or t.mentorId = :mentorId)
            group by t.subjectType, t.subjectId
            """)
    List<Object[]> countOpen(@Param("subjectIds") Collection<Long> subjectIds, @Param("mentorId") Long mentorId);

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

    /** Forgets threads on items that no longer exist (their feature deleted them). */
    @Modifying
    @Query("delete from CommentThread t where t.subjectType = :type and t.subjectId in :ids")
    int deleteBySubjects(@Param("type") String subjectType, @Param("ids") Collection<Long> subjectIds);

    @Query("select distinct t.subjectId from CommentThread t where t.subjectType = :type")
    List<Long> subjectIdsOfType(@Param("type") String subjectType);
}
