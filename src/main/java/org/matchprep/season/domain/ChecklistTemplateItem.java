package org.matchprep.season.domain;

import java.util.Comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.matchprep.season.ChecklistPhase;
import org.matchprep.season.InterviewFormat;

/** A seeded checklist item that every new interview of its format (or of any, when it has none) gets a copy of. */
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

    /** Null: for interviews of every format. */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private InterviewFormat format;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private int position;

    protected ChecklistTemplateItem() {
    }

    public boolean appliesTo(InterviewFormat interviewFormat) {
        return format == null || format == interviewFormat;
    }

    /** Belongs to one format only, so a change of format takes it away or brings it. */
    public boolean onlyFor(InterviewFormat interviewFormat) {
        return format == interviewFormat;
    }

    public String getText() {
        return text;
    }

    public InterviewChecklistItem copyFor(long interviewId) {
        return new InterviewChecklistItem(interviewId, phase, text, position);
    }
}
