package org.matchprep.answers.domain;

import java.util.List;

import org.matchprep.answers.Category;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    /** The bank's active questions and the applicant's own, in bank order then creation order. */
    @Query("""
            select q from Question q
            where (q.ownerId is null and q.retired = false) or q.ownerId = :applicantId
            order by q.category, case when q.ownerId is null then 0 else 1 end, q.position, q.id
            """)
    List<Question> findVisibleTo(@Param("applicantId") long applicantId);

    @Query("select q from Question q where q.ownerId is null order by q.category, q.position, q.id")
    List<Question> findBank();

    @Query("select coalesce(max(q.position), 0) from Question q where q.ownerId is null and q.category = :category")
    int lastBankPosition(@Param("category") Category category);
}
