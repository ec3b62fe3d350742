package org.matchprep.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DossierShareRepository extends JpaRepository<DossierShare, Long> {

    Optional<DossierShare> findByDossierIdAndMentorId(long dossierId, long mentorId);

    List<DossierShare> findByDossierId(long dossierId);

    List<DossierShare> findByMentorId(long mentorId);

    List<DossierShare> findByApplicantId(long applicantId);

    /** Shares a dossier unless it is shared with this mentor already (two tabs at once both succeed). */
    @Modifying
    @Query(value = """
            insert into dossier_share (dossier_id, applicant_id, mentor_id, shared_at)
            values (:dossierId, :applicantId, :mentorId, :now)
            on conflict on constraint dossier_share_once_per_mentor do nothing
            """, nativeQuery = true)
    int insertIfAbsent(@Param("dossierId") long dossierId, @Param("applicantId") long applicantId,
                       @Param("mentorId") long mentorId, @Param("now") Instant now);
}
