package org.matchprep.season.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChosenQuestionRepository extends JpaRepository<ChosenQuestion, ChosenQuestion.Key> {

    List<ChosenQuestion> findByInterviewIdOrderByPositionAsc(long interviewId);

    /** The choices of several interviews, each interview's in its order. */
    List<ChosenQuestion> findByInterviewIdInOrderByPositionAsc(Collection<Long> interviewIds);

    /** Questions chosen per interview, for those of the interviews that have any. */
    @Query("""
            select new org.matchprep.season.domain.ChosenCount(c.interviewId, count(c))
            from ChosenQuestion c where c.interviewId in :interviewIds group by c.interviewId""")
    List<ChosenCount> counts(@Param("interviewIds") Collection<Long> interviewIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ChosenQuestion c where c.interviewId = :interviewId")
    void deleteByInterview(@Param("interviewId") long interviewId);
}
