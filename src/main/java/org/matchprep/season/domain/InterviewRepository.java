package org.matchprep.season.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.matchprep.season.InterviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InterviewRepository extends JpaRepository<Interview, Long> {

    List<Interview> findByApplicantIdOrderByStartsAtAsc(long applicantId);

    List<Interview> findByDossierId(long dossierId);

    List<Interview> findByDossierIdIn(Collection<Long> dossierIds);

    /** One applicant's interviews in one of {@code statuses} starting in {@code (after, until]}, earliest first. */
    @Query("""
            select i from Interview i
            where i.applicantId = :applicantId and i.status in :statuses
              and i.startsAt > :after and i.startsAt <= :until
            order by i.startsAt asc""")
    List<Interview> startingBetween(@Param("applicantId") long applicantId,
                                    @Param("statuses") Collection<InterviewStatus> statuses,
                                    @Param("after") Instant after, @Param("until") Instant until);
}
