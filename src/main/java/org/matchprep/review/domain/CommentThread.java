package org.matchprep.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A conversation about one passage of an answer or of a program dossier, between its applicant and the
 * mentor who started it. The anchor is the passage as it stood in the revision the mentor read (answers),
 * or in the dossier's text when they commented (dossiers have no revisions).
 */
@Entity
@Table(name = "comment_thread")
public class CommentThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "answer_id")
    private Long answerId;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "revision_id")
    private Long revisionId;

    @Column(name = "part_key", nullable = false)
    private String partKey;

    @Column(nullable = false)
    private String quote;

    @Column(nullable = false)
    private String prefix;

    @Column(nullable = false)
    private String suffix;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Version
    private long version;

    protected CommentThread() {
    }

    public CommentThread(long answerId, long mentorId, long revisionId, String partKey, TextAnchor anchor, Instant now) {
        this(mentorId, partKey, anchor, now);
        this.answerId = answerId;
        this.revisionId = revisionId;
    }

    /** A thread on a passage of a program dossier, anchored in its text as the mentor read it (no revisions). */
    public static CommentThread onDossier(long dossierId, long mentorId, String partKey, TextAnchor anchor, Instant now) {
        CommentThread thread = new CommentThread(mentorId, partKey, anchor, now);
        thread.dossierId = dossierId;
        return thread;
    }

    private CommentThread(long mentorId, String partKey, TextAnchor anchor, Instant now) {
        this.mentorId = mentorId;
        this.partKey = partKey;
        this.quote = anchor.quote();
        this.prefix = anchor.prefix();
        this.suffix = anchor.suffix();
        this.startOffset = anchor.start();
        this.createdAt = now;
    }

    public TextAnchor anchor() {
        return new TextAnchor(quote, prefix, suffix, startOffset);
    }

    /** Whether this account takes part: the applicant who owns the answer is checked by the caller. */
    public boolean startedBy(long accountId) {
        return mentorId == accountId;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public Long getId() {
        return id;
    }

    /** The answer discussed, or null for a dossier thread. */
    public Long getAnswerId() {
        return answerId;
    }

    /** The dossier discussed, or null for an answer thread. */
    public Long getDossierId() {
        return dossierId;
    }

    public long getMentorId() {
        return mentorId;
    }

    /** The revision the mentor read; null for a dossier thread. */
    public Long getRevisionId() {
        return revisionId;
    }

    public String getPartKey() {
        return partKey;
    }

    public String getQuote() {
        return quote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Long getResolvedBy() {
        return resolvedBy;
    }
}
