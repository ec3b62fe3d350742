package org.matchprep.season.domain;

import java.time.Instant;

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

/** One checklist item of one interview, ticked or not. */
@Entity
@Table(name = "interview_checklist_item")
public class InterviewChecklistItem {

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

    protected InterviewChecklistItem() {
    }

    InterviewChecklistItem(long interviewId, ChecklistPhase phase, String text, int position) {
        this.interviewId = interviewId;
        this.phase = phase;
        this.text = text;
        this.position = position;
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

    public boolean isDone() {
        return done;
    }

    public ChecklistItem toItem() {
        return new ChecklistItem(id, phase, text, done);
    }
}
