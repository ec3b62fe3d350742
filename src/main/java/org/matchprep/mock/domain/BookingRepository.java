package org.matchprep.mock.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    @Query("""
            select b from Booking b where b.mentorId = :mentorId
              and b.status = org.matchprep.mock.BookingStatus.BOOKED
              and b.startsAt < :to and b.blockedUntil > :from order by b.startsAt
            """)
    List<Booking> activeOfMentorBetween(@Param("mentorId") long mentorId, @Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            select b from Booking b where b.applicantId = :applicantId
              and b.status = org.matchprep.mock.BookingStatus.BOOKED
              and b.startsAt < :to and b.endsAt > :from order by b.startsAt
            """)
    List<Booking> activeOfApplicantBetween(@Param("applicantId") long applicantId, @Param("from") Instant from, @Param("to") Instant to);

    @Query("select b from Booking b where b.mentorId = :id or b.applicantId = :id order by b.startsAt")
    List<Booking> involving(@Param("id") long accountId);

    @Query("""
            select b from Booking b where b.status = org.matchprep.mock.BookingStatus.BOOKED
              and b.startsAt > :from and b.startsAt <= :to order by b.startsAt
            """)
    List<Booking> bookedStartingBetween(@Param("from") Instant from, @Param("to") Instant to);

    /**
     * Waits for, and holds until the transaction ends, this mentor's booking lock: bookings of one mentor are
     * made one after another. The exclusion constraint alone keeps double bookings out, but many people
     * taking one slot at once then wait on each other's unfinished rows and deadlock in pairs, each pair
     * costing the database's deadlock timeout (a second) before one gives way.
     */
    @Query(value = "select count(*) from (select pg_advisory_xact_lock(hashtext('mock_booking:' || :mentorId))) locked",
            nativeQuery = true)
    long lockCalendarOf(@Param("mentorId") long mentorId);
}
