package org.matchprep.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShareRepository extends JpaRepository<Share, Long> {

    Optional<Share> findByAnswerIdAndMentorId(long answerId, long mentorId);

    List<Share> findByAnswerId(long answerId);

    List<Share> findByMentorId(long mentorId);

    List<Share> findByApplicantId(long applicantId);

    List<Share> findByApplicantIdAndMentorId(long applicantId, long mentorId);

    /**
     * A requested (or merely shared) review is now in review. Only the status is written, and without a
     * version check: the mentor opening the answer must not fail, nor undo a note, when the applicant asks
     * for a review at the same moment. Clears the persistence context: read the share again afterwards.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Share s set s.reviewStatus = org.matchprep.review.ReviewStatus.IN_REVIEW
            where s.id = :id and s.reviewStatus in (org.matchprep.review.ReviewStatus.NONE,
                                                    org.matchprep.review.ReviewStatus.REQUESTED)
            """)
    int startReview(@Param("id") long shareId);

    /**
     * Shares an answer unless it is shared with this mentor already. Two tabs sharing at once both
     * succeed: the later insert waits for the earlier and then does nothing, instead of failing on the
     * unique constraint.
     */
    @Modifying
    @Query(value = """
            insert into answer_share (answer_id, applicant_id, mentor_id, shared_at)
            values (:answerId, :applicantId, :mentorId, :now)
            on conflict on constraint answer_share_once_per_mentor do nothing
            """, nativeQuery = true)
    int insertIfAbsent(@Param("answerId") long answerId, @Param("applicantId") long applicantId,
                       @Param("mentorId") long mentorId, @Param("now") Instant now);
}
