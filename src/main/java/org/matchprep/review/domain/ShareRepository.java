package org.matchprep.review.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShareRepository extends JpaRepository<Share, Long> {

    Optional<Share> findBySubjectTypeAndSubjectIdAndMentorId(String subjectType, long subjectId, long mentorId);

    List<Share> findBySubjectTypeAndSubjectId(String subjectType, long subjectId);

    List<Share> findByMentorId(long mentorId);

    List<Share> findByApplicantId(long applicantId);

    /** Which mentors may read these items of one kind, for a batch of access checks in one query. */
    List<Share> findBySubjectTypeAndSubjectIdIn(String subjectType, Collection<Long> subjectIds);

    /**
     * A requested (or merely shared) review is now in review. Only the status is written, and without a
     * version check: the mentor opening the item must not fail, nor undo a note, when the applicant asks
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
     * Shares an item unless it is shared with this mentor already. Two tabs sharing at once both
     * succeed: the later insert waits for the earlier and then does nothing, instead of failing on the
     * unique constraint.
     */
    @Modifying
    @Query(value = """
            insert into review_share (subject_type, subject_id, applicant_id, mentor_id, shared_at)
            values (:type, :subjectId, :applicantId, :mentorId, :now)
            on conflict on constraint review_share_once_per_mentor do nothing
            """, nativeQuery = true)
    int insertIfAbsent(@Param("type") String subjectType, @Param("subjectId") long subjectId,
                       @Param("applicantId") long applicantId, @Param("mentorId") long mentorId,
                       @Param("now") Instant now);

    /** Forgets shares of items that no longer exist (their feature deleted them). */
    @Modifying
    @Query("delete from Share s where s.subjectType = :type and s.subjectId in :ids")
    int deleteBySubjects(@Param("type") String subjectType, @Param("ids") Collection<Long> subjectIds);

    @Query("select distinct s.subjectId from Share s where s.subjectType = :type")
    List<Long> subjectIdsOfType(@Param("type") String subjectType);
}
