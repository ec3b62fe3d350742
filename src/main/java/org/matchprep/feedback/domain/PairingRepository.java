package org.matchprep.feedback.domain;

import java.util.List;

import org.matchprep.feedback.PairingStatus;
import org.matchprep.feedback.PairingSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PairingRepository extends JpaRepository<Pairing, Long> {

    String SUMMARY = """
            select new org.matchprep.feedback.PairingSummary(p.id, p.status, a.id, a.displayName, a.email,
                   m.id, m.displayName, m.email, p.invitedBy = org.matchprep.feedback.domain.Pairing.InvitedBy.ADMIN,
                   p.createdAt, p.respondedAt, p.endedAt)
            from Pairing p, Account a, Account m
            where a.id = p.applicantId and m.id = p.mentorId
            """;

    @Query(SUMMARY + " and p.applicantId = :applicantId and p.status in :statuses order by m.displayName")
    List<PairingSummary> forApplicant(@Param("applicantId") long applicantId, @Param("statuses") List<PairingStatus> statuses);

    @Query(SUMMARY + " and p.mentorId = :mentorId and p.status in :statuses order by a.displayName")
    List<PairingSummary> forMentor(@Param("mentorId") long mentorId, @Param("statuses") List<PairingStatus> statuses);

    @Query(SUMMARY + " and p.status in :statuses order by a.displayName, m.displayName")
    List<PairingSummary> all(@Param("statuses") List<PairingStatus> statuses);

    @Query(SUMMARY + " and p.id = :id")
    PairingSummary summary(@Param("id") long id);

    @Query("""
            select count(p) > 0 from Pairing p
            where p.applicantId = :applicantId and p.mentorId = :mentorId
              and p.status in (org.matchprep.feedback.PairingStatus.INVITED, org.matchprep.feedback.PairingStatus.ACTIVE)
            """)
    boolean existsOpen(@Param("applicantId") long applicantId, @Param("mentorId") long mentorId);

    @Query("""
            select count(p) > 0 from Pairing p
            where p.applicantId = :applicantId and p.mentorId = :mentorId
              and p.status = org.matchprep.feedback.PairingStatus.ACTIVE
            """)
    boolean existsActive(@Param("applicantId") long applicantId, @Param("mentorId") long mentorId);

    @Query("""
            select p from Pairing p
            where (p.applicantId = :accountId or p.mentorId = :accountId)
              and p.status in (org.matchprep.feedback.PairingStatus.INVITED, org.matchprep.feedback.PairingStatus.ACTIVE)
            order by p.id
            """)
    List<Pairing> openInvolving(@Param("accountId") long accountId);
}
