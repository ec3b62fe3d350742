package org.matchprep.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.review.SubjectRef;

/**
 * A conversation about one passage of a shared item (an answer, a program dossier...), between its
 * applicant and the mentor who started it. The anchor is the passage as it stood in the revision the mentor
 * read, for kinds that keep revisions, or in the text as it was when they commented.
 */
@Entity
@Table(name = "comment_thread")
public class CommentThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

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

    /** A thread on a passage; {@code revisionId} is the revision the mentor read, null for kinds without revisions. */
    public CommentThread(SubjectRef subject, long mentorId, Long revisionId, String partKey, TextAnchor anchor,
                         Instant now) {
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.mentorId = mentorId;
        this.revisionId = revisionId;
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

    /** Whether this account takes part: the applicant who owns the item is checked by the caller. */
    public boolean startedBy(long accountId) {
        return mentorId == accountId;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public Long getId() {
        return id;
    }

    public SubjectRef subject() {
        return new SubjectRef(subjectType, subjectId);
    }

    public long getMentorId() {
        return mentorId;
    }

    /** The revision the mentor read; null for kinds without revisions. */
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
