package org.matchprep.season.domain;

import java.util.Comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.matchprep.season.ChecklistPhase;

/** A seeded checklist item every new interview gets a copy of. */
@Entity
@Table(name = "checklist_template_item")
public class ChecklistTemplateItem {

    static final Comparator<ChecklistTemplateItem> IN_ORDER = Comparator
            .comparing((ChecklistTemplateItem item) -> item.phase).thenComparingInt(item -> item.position);

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChecklistPhase phase;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private int position;

    protected ChecklistTemplateItem() {
    }

    public InterviewChecklistItem copyFor(long interviewId) {
        return new InterviewChecklistItem(interviewId, phase, text, position);
    }
}
