package org.matchprep.review.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentThreadRepository extends JpaRepository<CommentThread, Long> {

    List<CommentThread> findByAnswerIdOrderByCreatedAt(long answerId);

    List<CommentThread> findByAnswerIdAndMentorIdOrderByCreatedAt(long answerId, long mentorId);

    @Query("""
            select t.answerId, count(t) from CommentThread t
            where t.answerId in :answerIds and t.resolvedAt is null and (:mentorId is null or t.mentorId = :mentorId)
            group by t.answerId
            """)
    List<Object[]> countOpen(@Param("answerIds") Collection<Long> answerIds, @Param("mentorId") Long mentorId);
}
