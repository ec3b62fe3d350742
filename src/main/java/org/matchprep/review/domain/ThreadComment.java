package org.matchprep.review.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.base.TextRules;
import org.matchprep.review.ReviewException;

/** One message in a thread. Deleting keeps the row (the thread still reads in order) and drops the text. */
@Entity
@Table(name = "thread_comment")
public class ThreadComment {

    public static final int BODY_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected ThreadComment() {
    }

    public ThreadComment(long threadId, long authorId, String body, Instant now) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.body = checked(body);
        this.createdAt = now;
    }

    /** Trims and checks a comment's text; an empty or over-long one is refused with a message. */
    public static String checked(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new ReviewException("Write something before posting: the comment is empty.");
        }
        if (text.length() > BODY_MAX_LENGTH) {
            throw new ReviewException("The comment has " + text.length() + " characters; the limit is "
                    + BODY_MAX_LENGTH + ".");
        }
        TextRules.checkControlCharacters("The comment", text).ifPresent(message -> {
            throw new ReviewException(message);
        });
        return text;
    }

    public void edit(String newBody, Instant now) {
        if (isDeleted()) {
            throw new ReviewException("A deleted comment cannot be edited.");
        }
        body = checked(newBody);
        editedAt = now;
    }

    public void delete(Instant now) {
        if (!isDeleted()) {
            body = "";
            deletedAt = now;
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getThreadId() {
        return threadId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public long getVersion() {
        return version;
    }
}
