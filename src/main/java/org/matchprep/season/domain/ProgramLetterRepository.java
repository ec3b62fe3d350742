package org.matchprep.season.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramLetterRepository extends JpaRepository<ProgramLetter, Long> {

    List<ProgramLetter> findByDossierIdOrderByCreatedAtAscIdAsc(long dossierId);

    List<ProgramLetter> findByApplicantIdOrderByCreatedAtAscIdAsc(long applicantId);
}
