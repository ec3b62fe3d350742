package org.matchprep.feedback.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MentorInvitationRepository extends JpaRepository<MentorInvitation, Long> {

    List<MentorInvitation> findByStatusOrderByRequestedAt(MentorInvitation.Status status);

    List<MentorInvitation> findByApplicantIdAndStatusInOrderByRequestedAt(long applicantId,
                                                                          Collection<MentorInvitation.Status> statuses);

    boolean existsByApplicantIdAndMentorEmailAndStatus(long applicantId, String mentorEmail, MentorInvitation.Status status);

    List<MentorInvitation> findByMentorAccountIdAndStatus(long mentorAccountId, MentorInvitation.Status status);

    /** Locked, so two admins deciding at once cannot both approve (and invite twice). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from MentorInvitation i where i.id = :id")
    Optional<MentorInvitation> lockById(@Param("id") long id);

    @Modifying
    @Query("delete from MentorInvitation i where i.applicantId = :applicantId")
    int deleteByApplicant(@Param("applicantId") long applicantId);
}
