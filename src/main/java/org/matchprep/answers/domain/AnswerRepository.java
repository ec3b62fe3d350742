package org.matchprep.answers.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    Optional<Answer> findByApplicantIdAndQuestionId(long applicantId, long questionId);

    List<Answer> findByApplicantId(long applicantId);

    boolean existsByQuestionId(long questionId);

    @Query("select a from Answer a where a.applicantId = :applicantId order by a.updatedAt desc")
    List<Answer> findRecent(@Param("applicantId") long applicantId, Pageable page);

    @Query(value = "select a.* from answer a join answer_experience l on l.answer_id = a.id where l.experience_id = :experienceId",
            nativeQuery = true)
    List<Answer> findUsing(@Param("experienceId") long experienceId);

    /** Every link from this applicant's answers to their experiences, in one read. */
    @Query("""
            select new org.matchprep.answers.domain.ExperienceUse(a.questionId, e)
            from Answer a join a.experienceIds e where a.applicantId = :applicantId""")
    List<ExperienceUse> experienceUses(@Param("applicantId") long applicantId);

    @Query("select count(a) from Answer a where a.wordCount > 0")
    long countWritten();
}
