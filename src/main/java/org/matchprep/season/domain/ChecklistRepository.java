package org.matchprep.season.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChecklistRepository extends JpaRepository<InterviewChecklistItem, Long> {

    List<InterviewChecklistItem> findByInterviewId(long interviewId);

    List<InterviewChecklistItem> findByInterviewIdIn(Collection<Long> interviewIds);

    /** One interview's items phase by phase, as {@link InterviewChecklistItem#IN_ORDER} places them. */
    default List<InterviewChecklistItem> checklistOf(long interviewId) {
        return findByInterviewId(interviewId).stream().sorted(InterviewChecklistItem.IN_ORDER).toList();
    }

    /** The items of several interviews, each interview's in its order. */
    default List<InterviewChecklistItem> checklistsOf(Collection<Long> interviewIds) {
        return findByInterviewIdIn(interviewIds).stream().sorted(InterviewChecklistItem.IN_ORDER).toList();
    }

    /** Ticked and total items per interview, for those of the interviews that have any. */
    @Query("""
            select new org.matchprep.season.domain.ChecklistTally(i.interviewId,
                   sum(case when i.done = true then 1 else 0 end), count(i))
            from InterviewChecklistItem i where i.interviewId in :interviewIds group by i.interviewId""")
    List<ChecklistTally> tallies(@Param("interviewIds") Collection<Long> interviewIds);

    /** In the order the phases happen. */
    default List<ChecklistTemplateItem> templates() {
        return allTemplates().stream().sorted(ChecklistTemplateItem.IN_ORDER).toList();
    }

    @Query("select t from ChecklistTemplateItem t")
    List<ChecklistTemplateItem> allTemplates();
}
