package org.matchprep.mock.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScorecardRepository extends JpaRepository<ScorecardRecord, Long> {

    /** An applicant's scorecards with their scores and notes, oldest mock first. */
    @Query("""
            select s from ScorecardRecord s left join fetch s.scores left join fetch s.notes join Booking b on b.id = s.bookingId
            where b.applicantId = :applicantId order by b.startsAt
            """)
    List<ScorecardRecord> ofApplicant(@Param("applicantId") long applicantId);

    /** The scorecards, with their scores and notes, of every mock this person took part in as applicant or mentor. */
    @Query("""
            select s from ScorecardRecord s left join fetch s.scores left join fetch s.notes join Booking b on b.id = s.bookingId
            where b.applicantId = :accountId or b.mentorId = :accountId
            """)
    List<ScorecardRecord> involving(@Param("accountId") long accountId);
}
