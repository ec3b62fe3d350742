package org.matchprep.season.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;


public interface ChecklistRepository extends JpaRepository<InterviewChecklistItem, Long> {

    List<InterviewChecklistItem> findByInterviewIdOrderByIdAsc(long interviewId);

    int countByInterviewId(long interviewId);

    int countByInterviewIdAndDoneTrue(long interviewId);

    /** In the order the phases happen; an interview's copies keep it, so its items list by id. */
    default List<ChecklistTemplateItem> templates() {
        return allTemplates().stream().sorted(ChecklistTemplateItem.IN_ORDER).toList();
    }

    @Query("select t from ChecklistTemplateItem t")
    List<ChecklistTemplateItem> allTemplates();
}
