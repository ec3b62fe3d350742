package org.matchprep.season.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewRepository extends JpaRepository<Interview, Long> {

    List<Interview> findByApplicantIdOrderByStartsAtAsc(long applicantId);

    List<Interview> findByDossierId(long dossierId);
}
