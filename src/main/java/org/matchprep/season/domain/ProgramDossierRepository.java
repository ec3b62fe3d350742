package org.matchprep.season.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramDossierRepository extends JpaRepository<ProgramDossier, Long> {

    List<ProgramDossier> findByApplicantIdOrderByNameAsc(long applicantId);

    @Query("""
            select count(d) > 0 from ProgramDossier d
            where d.applicantId = :applicantId and lower(d.name) = lower(:name) and d.id <> :exceptId
            """)
    boolean existsNamed(@Param("applicantId") long applicantId, @Param("name") String name, @Param("exceptId") long exceptId);
}
