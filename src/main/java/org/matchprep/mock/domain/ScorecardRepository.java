package org.matchprep.mock.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScorecardRepository extends JpaRepository<ScorecardRecord, Long> {

    @Query("""
            select s from ScorecardRecord s, Booking b
            where b.id = s.bookingId and b.applicantId = :applicantId order by b.startsAt
            """)
    List<ScorecardRecord> ofApplicant(@Param("applicantId") long applicantId);
}
