package org.matchprep.season.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.matchprep.season.InterviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InterviewPersonRepository extends JpaRepository<InterviewPerson, Long> {

    List<InterviewPerson> findByInterviewIdOrderByPositionAsc(long interviewId);

    /** The people of several interviews, each interview's in its order. */
    List<InterviewPerson> findByInterviewIdInOrderByInterviewIdAscPositionAsc(Collection<Long> interviewIds);

    @Query("select coalesce(max(p.position), -1) from InterviewPerson p where p.interviewId = :interviewId")
    int lastPosition(@Param("interviewId") long interviewId);

    /**
     * Notes still to send per interview of one applicant, in one query: people without a sent day, at
     * interviews that have started, were not withdrawn and whose program did not ask for no notes.
     */
    @Query("""
            select new org.matchprep.season.domain.NotesDueCount(i.id, count(p))
            from InterviewPerson p join Interview i on i.id = p.interviewId
            where i.applicantId = :applicantId and p.sentOn is null and i.startsAt <= :now and i.status <> :withdrawn
              and not exists (select o from ThankYouOptOut o where o.interviewId = i.id)
            group by i.id""")
    List<NotesDueCount> notesDue(@Param("applicantId") long applicantId, @Param("now") Instant now,
                                 @Param("withdrawn") InterviewStatus withdrawn);
}
