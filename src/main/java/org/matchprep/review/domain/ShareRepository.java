package org.matchprep.review.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ShareRepository extends JpaRepository<Share, Long> {

    Optional<Share> findByAnswerIdAndMentorId(long answerId, long mentorId);

    List<Share> findByAnswerId(long answerId);

    List<Share> findByMentorId(long mentorId);

    List<Share> findByApplicantId(long applicantId);

    List<Share> findByApplicantIdAndMentorId(long applicantId, long mentorId);
}
