package org.matchprep.season.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChosenQuestionRepository extends JpaRepository<ChosenQuestion, ChosenQuestion.Key> {

    List<ChosenQuestion> findByInterviewIdOrderByPositionAsc(long interviewId);

    int countByInterviewId(long interviewId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ChosenQuestion c where c.interviewId = :interviewId")
    void deleteByInterview(@Param("interviewId") long interviewId);
}
