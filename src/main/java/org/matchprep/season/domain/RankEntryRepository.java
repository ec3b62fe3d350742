package org.matchprep.season.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RankEntryRepository extends JpaRepository<RankEntry, RankEntry.Key> {

    List<RankEntry> findByApplicantIdOrderByPositionAsc(long applicantId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RankEntry r where r.applicantId = :applicantId")
    void deleteByApplicant(@Param("applicantId") long applicantId);
}
