package org.matchprep.answers.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.matchprep.answers.RevisionSummary;
import org.matchprep.base.PartsConverter;

/**
 * A kept state of an answer. Saves while someone is typing fold into the newest revision, so the history
 * shows editing sessions rather than every pause: a save folds when it comes within {@link #BURST_GAP} of
 * the previous one and the revision is younger than {@link #BURST_MAX}. A restored revision never folds,
 * nor does one a mentor has read ({@link #seal}).
 */
@Entity
@Table(name = "answer_revision")
public class Revision {

    public static final Duration BURST_GAP = Duration.ofMinutes(5);
    public static final Duration BURST_MAX = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "answer_id", nullable = false)
    private long answerId;

    @Column(nullable = false)
    private int number;

    @Convert(converter = PartsConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, String> parts = new LinkedHashMap<>();

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    // set once a mentor has read this revision: later saves start a new one, so a comment's revision
    // stays exactly the text the mentor saw
    @Column(name = "sealed_at")
    private Instant sealedAt;

    protected Revision() {
    }

    public Revision(long answerId, int number, Map<String, String> parts, Instant now, Integer restoredFrom) {
        this.answerId = answerId;
        this.number = number;
        this.parts = new LinkedHashMap<>(parts);
        this.wordCount = Answer.countWords(parts);
        this.startedAt = now;
        this.savedAt = now;
        this.restoredFrom = restoredFrom;
    }

    public boolean canFold(Instant now) {
        return restoredFrom == null && sealedAt == null
                && !now.isAfter(savedAt.plus(BURST_GAP))
                && !now.isAfter(startedAt.plus(BURST_MAX));
    }

    public void fold(Map<String, String> newParts, Instant now) {
        if (!canFold(now)) {
            throw new IllegalStateException("Revision " + number + " is closed; start a new one");
        }
        this.parts = new LinkedHashMap<>(newParts);
        this.wordCount = Answer.countWords(newParts);
        this.savedAt = now;
    }

    /** Freezes this revision: a mentor has read it. Idempotent. */
    public void seal(Instant now) {
        if (sealedAt == null) {
            sealedAt = now;
        }
    }

    public boolean isSealed() {
        return sealedAt != null;
    }

    public RevisionSummary toSummary() {
        return new RevisionSummary(id, number, startedAt, savedAt, wordCount, restoredFrom);
    }

    public Long getId() {
        return id;
    }

    public long getAnswerId() {
        return answerId;
    }

    public int getNumber() {
        return number;
    }

    public Map<String, String> getParts() {
        return Map.copyOf(parts);
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
