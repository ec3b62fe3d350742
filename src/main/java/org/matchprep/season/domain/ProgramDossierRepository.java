package org.matchprep.season.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramDossierRepository extends JpaRepository<ProgramDossier, Long> {

    List<ProgramDossier> findByApplicantIdOrderByNameAsc(long applicantId);

    /**
     * Dossiers with their evidence loaded, in one query. Call {@link #withTalkingPoints} for the same ids in
     * the same transaction to load the other list: two joined lists in one query would multiply their rows.
     */
    @Query("select distinct d from ProgramDossier d left join fetch d.evidence where d.id in :ids")
    List<ProgramDossier> withEvidence(@Param("ids") Collection<Long> ids);

    @Query("select distinct d from ProgramDossier d left join fetch d.talkingPoints where d.id in :ids")
    List<ProgramDossier> withTalkingPoints(@Param("ids") Collection<Long> ids);

    @Query("""
            select count(d) > 0 from ProgramDossier d
            where d.applicantId = :applicantId and lower(d.name) = lower(:name) and d.id <> :exceptId
            """)
    boolean existsNamed(@Param("applicantId") long applicantId, @Param("name") String name, @Param("exceptId") long exceptId);
}
