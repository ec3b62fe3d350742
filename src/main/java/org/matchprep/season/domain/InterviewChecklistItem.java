package org.matchprep.season.domain;

import java.time.Instant;
import java.util.Comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.matchprep.season.ChecklistItem;
import org.matchprep.season.ChecklistPhase;
import org.matchprep.season.SeasonException;

/** One checklist item of one interview, ticked or not. */
@Entity
@Table(name = "interview_checklist_item")
public class InterviewChecklistItem {

    public static final int TEXT_MAX_LENGTH = ChecklistItem.TEXT_MAX_LENGTH;

    /** Phase by phase as they come, then as placed; the applicant's own items last within their phase. */
    public static final Comparator<InterviewChecklistItem> IN_ORDER = Comparator
            .comparing((InterviewChecklistItem item) -> item.phase)
            .thenComparingInt(item -> item.position)
            .thenComparing(item -> item.id, Comparator.nullsLast(Comparator.naturalOrder()));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false)
    private long interviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChecklistPhase phase;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(nullable = false)
    private boolean own;

    protected InterviewChecklistItem() {
    }

    InterviewChecklistItem(long interviewId, ChecklistPhase phase, String text, int position) {
        this.interviewId = interviewId;
        this.phase = phase;
        this.text = text;
        this.position = position;
    }

    /** An item the applicant adds to one interview's checklist, placed after the items of its phase. */
    public static InterviewChecklistItem own(long interviewId, ChecklistPhase phase, String text, int position) {
        if (phase == null) {
            throw new SeasonException("Choose when this item is due.");
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new SeasonException("Write what you want to remember.");
        }
        if (stripped.length() > TEXT_MAX_LENGTH) {
            throw new SeasonException("An item can be at most " + TEXT_MAX_LENGTH + " characters; this one has "
                    + stripped.length() + ".");
        }
        InterviewChecklistItem item = new InterviewChecklistItem(interviewId, phase, stripped, position);
        item.own = true;
        return item;
    }

    /** The guide's items stay (untick them if they do not apply); only the applicant's own can go. */
    public void checkDeletable() {
        if (!own) {
            throw new SeasonException("Only items you added yourself can be deleted; untick this one if it does not apply.");
        }
    }

    /** Came from a template and was never ticked, so a change of format may take it away. */
    public boolean isUntouchedCopy() {
        return !own && !done;
    }

    /** Ticking twice changes nothing, so a double click or a second tab is harmless. */
    public void tick(boolean done, Instant now) {
        if (this.done != done) {
            this.done = done;
            this.doneAt = done ? now : null;
        }
    }

    public long getInterviewId() {
        return interviewId;
    }

    public ChecklistPhase getPhase() {
        return phase;
    }

    public String getText() {
        return text;
    }

    public int getPosition() {
        return position;
    }

    public boolean isDone() {
        return done;
    }

    public ChecklistItem toItem() {
        return new ChecklistItem(id, phase, text, done, own);
    }
}
