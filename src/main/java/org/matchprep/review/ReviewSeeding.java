package org.matchprep.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.matchprep.review.domain.CommentThread;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.ShareRepository;
import org.matchprep.review.domain.TextAnchor;
import org.matchprep.review.domain.ThreadComment;
import org.matchprep.review.domain.ThreadCommentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only: shares an item with a mentor and adds that mentor's comment on a passage, without the
 * access checks and notifications of a real user's action. Called by the features' demo-data listeners
 * inside the seeding transaction, after the demo pairing exists.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReviewSeeding {

    private final ReviewableKinds kinds;
    private final ShareRepository shares;
    private final CommentThreadRepository threads;
    private final ThreadCommentRepository comments;
    private final Clock clock;

    ReviewSeeding(ReviewableKinds kinds, ShareRepository shares, CommentThreadRepository threads,
                  ThreadCommentRepository comments, Clock clock) {
        this.kinds = kinds;
        this.shares = shares;
        this.threads = threads;
        this.comments = comments;
        this.clock = clock;
    }

    /** Shares the item and comments on the first occurrence of {@code passage}, if the text has it. */
    public void shareWithComment(SubjectRef ref, long mentorId, String passage, String comment) {
        ReviewSubject subject = kinds.load(List.of(ref)).get(ref);
        if (subject == null) {
            return;
        }
        Instant now = clock.instant();
        shares.insertIfAbsent(ref.type(), ref.id(), subject.ownerId(), mentorId, now);
        subject.parts().stream().filter(part -> part.text().contains(passage)).findFirst().ifPresent(part -> {
            int start = part.text().indexOf(passage);
            Long revisionId = subject.revision() == null ? null : subject.revision().id();
            CommentThread thread = threads.saveAndFlush(new CommentThread(ref, mentorId, revisionId, part.key(),
                    TextAnchor.of(part.text(), start, start + passage.length()), now));
            comments.saveAndFlush(new ThreadComment(thread.getId(), mentorId, comment, now));
        });
    }
}
