package org.matchprep.review;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.matchprep.account.Roles;
import org.matchprep.base.WordDiff;
import org.matchprep.review.SubjectAccess.Granted;
import org.matchprep.review.Threads.Participation;
import org.matchprep.review.domain.CommentThread;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.Share;
import org.matchprep.review.domain.ShareRepository;
import org.matchprep.review.domain.TextAnchor;
import org.matchprep.review.domain.TextAnchorMatcher;
import org.matchprep.review.domain.ThreadComment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a shared item (of any {@link ReviewableKind}) and discussing passages of it. A mentor starts a
 * thread on a passage of the text they read; the applicant and that mentor reply, edit or delete their own
 * comments, and resolve or reopen the thread. Each mentor sees only their own threads; the applicant sees
 * all of them. Threads are placed in the newest text on every read ({@link TextAnchorMatcher}).
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ReviewService {

    private final SubjectAccess access;
    private final ShareRepository shares;
    private final CommentThreadRepository threads;
    private final Threads threadMechanics;
    private final Clock clock;

    ReviewService(SubjectAccess access, ShareRepository shares, CommentThreadRepository threads, Threads threadMechanics,
                  Clock clock) {
        this.access = access;
        this.shares = shares;
        this.threads = threads;
        this.threadMechanics = threadMechanics;
        this.clock = clock;
    }

    /**
     * The item with its threads. When a mentor opens it, the revision they read is sealed (for kinds with
     * revisions: later edits start a new revision, so their comments point into exactly this text) and a
     * requested review moves to "in review".
     */
    @Transactional
    public ReviewPage open(SubjectRef subject) {
        Granted granted = access.to(subject);
        if (granted.viewerIsMentor()) {
            ReviewSubject.Revision revision = granted.subject().revision();
            if (revision != null) {
                granted.kind().seal(revision.id());
            }
            long shareId = granted.share().getId();
            String noun = granted.noun();
            shares.startReview(shareId);
            granted = new Granted(granted.kind(), subject, granted.subject(), granted.viewerId(),
                    shares.findById(shareId).orElseThrow(() -> SubjectAccess.refused(noun)));
        }
        return page(granted);
    }

    /** Starts a thread on a passage; the passage must still read as quoted in the text the mentor read. */
    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public ThreadView startThread(NewThread request) {
        Granted granted = access.asMentor(request.subject());
        String body = ThreadComment.checked(request.body());
        ReviewSubject subject = granted.subject();
        String noun = granted.noun();
        Map<String, String> read = subject.text();
        Long revisionId = null;
        if (subject.revision() != null) {
            revisionId = request.revisionId();
            read = revisionId == null ? null : granted.kind().revisionText(subject.id(), revisionId).orElse(null);
            if (read == null) {
                throw new ReviewException("That version of the " + noun + " no longer exists. Reload and try again.");
            }
        }
        if (request.partKey() == null || !subject.hasPart(request.partKey())) {
            throw new ReviewException("Select a passage inside one part of the " + noun + ".");
        }
        TextAnchor anchor = Threads.anchorAt(read.getOrDefault(request.partKey(), ""), request.start(), request.end(),
                request.quote(), noun);
        if (revisionId != null) {
            granted.kind().seal(revisionId);
        }
        CommentThread thread = new CommentThread(granted.ref(), granted.viewerId(), revisionId, request.partKey(),
                anchor, clock.instant());
        threadMechanics.start(thread, body, subject.ownerId(), subject.title(), granted.ref().link());
        return page(granted).threads().stream().filter(view -> view.id() == thread.getId()).findFirst().orElseThrow();
    }

    /**
     * Whether I may read this item now: I own it, or it is shared with me and we are paired. For features that
     * serve an item's bytes outside the review page (recordings), which must ask on every request.
     */
    @Transactional(readOnly = true)
    public boolean mayRead(SubjectRef subject) {
        try {
            access.to(subject);
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        }
    }

    @Transactional
    public void reply(long threadId, String body) {
        ThreadComment.checked(body);
        threadMechanics.reply(participation(threadId), body);
    }

    @Transactional
    public void editComment(long commentId, String body) {
        threadMechanics.editComment(commentId, body, this::participation);
    }

    /** Deletes my comment: the thread shows it as deleted, so the replies still make sense. */
    @Transactional
    public void deleteComment(long commentId) {
        threadMechanics.deleteComment(commentId, this::participation);
    }

    @Transactional
    public void resolve(long threadId) {
        threadMechanics.resolve(participation(threadId));
    }

    @Transactional
    public void reopen(long threadId) {
        threadMechanics.reopen(participation(threadId));
    }

    /** The mentor is done with the text as it stands; next time they see what changed since. */
    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public void finishReview(SubjectRef subject) {
        Granted granted = access.asMentor(subject);
        ReviewSubject.Revision revision = granted.subject().revision();
        if (revision != null) {
            granted.kind().seal(revision.id());
        }
        granted.share().finishReview(granted.subject().text(), revision == null ? null : revision.number(),
                clock.instant());
        shares.saveAndFlush(granted.share());
    }

    /** Word-level changes from the text I last marked as reviewed to the current one; empty if none or never reviewed. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_MENTOR)
    public Optional<ReviewChanges> changesSinceMyLastReview(SubjectRef subject) {
        Granted granted = access.asMentor(subject);
        Share share = granted.share();
        ReviewSubject current = granted.subject();
        if (!share.changedSinceReview(current.text())) {
            return Optional.empty();
        }
        Map<String, String> reviewed = share.getReviewedParts();
        Set<String> shownNow = current.parts().stream().map(ReviewSubject.Part::key).collect(Collectors.toSet());
        // parts emptied since the review have no label in the current text; they still show as removed
        List<WordDiff.PartName> names = Stream.concat(
                current.parts().stream().map(part -> new WordDiff.PartName(part.key(), part.label())),
                reviewed.keySet().stream().filter(key -> !shownNow.contains(key))
                        .map(key -> new WordDiff.PartName(key, "No longer in the " + granted.noun()))).toList();
        return Optional.of(new ReviewChanges(share.getReviewedAt(), share.getReviewedRevision(),
                current.revision() == null ? null : current.revision().number(),
                WordDiff.byPart(names, reviewed, current.text())));
    }

    /** The thread, if I take part in it: as the item's applicant, or as the mentor who started it. */
    private Participation participation(long threadId) {
        CommentThread thread = threadMechanics.thread(threadId);
        Granted granted;
        try {
            granted = access.to(thread.subject());
        } catch (AccessDeniedException notShared) {
            throw Threads.refused(); // the same words as for a thread that does not exist
        }
        if (granted.viewerIsMentor() && !thread.startedBy(granted.viewerId())) {
            throw Threads.refused();
        }
        long owner = granted.subject().ownerId();
        long other = granted.viewerIsMentor() ? owner : thread.getMentorId();
        boolean otherMayRead = granted.viewerIsMentor() || access.mentorMayRead(granted.ref(), owner, other);
        return new Participation(thread, granted.viewerId(), other, otherMayRead, granted.ref().link());
    }

    private ReviewPage page(Granted granted) {
        ReviewSubject subject = granted.subject();
        SubjectRef ref = granted.ref();
        List<CommentThread> visible = granted.viewerIsMentor()
                ? threads.findBySubjectTypeAndSubjectIdAndMentorIdOrderByCreatedAtAscIdAsc(ref.type(), ref.id(),
                granted.viewerId())
                : threads.findBySubjectTypeAndSubjectIdOrderByCreatedAtAscIdAsc(ref.type(), ref.id());
        Set<Long> revisionIds = new HashSet<>();
        visible.stream().map(CommentThread::getRevisionId).filter(Objects::nonNull).forEach(revisionIds::add);
        Map<Long, Integer> revisionNumbers = revisionIds.isEmpty() ? Map.of() : granted.kind().revisionNumbers(revisionIds);
        Threads.Placed placed = threadMechanics.place(visible, subject.ownerId(), granted.viewerId(),
                thread -> subject.part(thread.getPartKey()),
                thread -> thread.getRevisionId() == null ? 0 : revisionNumbers.getOrDefault(thread.getRevisionId(), 0));
        List<ReviewPage.PartText> parts = subject.parts().stream()
                .map(part -> new ReviewPage.PartText(part.key(), part.label(), part.text()))
                .toList();
        Share share = granted.share();
        ReviewSubject.Revision revision = subject.revision();
        return new ReviewPage(ref, granted.noun(), placed.names().getOrDefault(subject.ownerId(), ""), subject.title(),
                subject.category(), subject.editLink(), parts, revision == null ? null : revision.id(),
                revision == null ? null : revision.number(), subject.updatedAt(), granted.viewerIsMentor(),
                placed.views(), share == null ? null : share.getReviewStatus(),
                share == null ? null : share.getReviewNote(), share == null ? null : share.getReviewedAt(),
                share == null ? null : share.getReviewedRevision(),
                share != null && share.changedSinceReview(subject.text()));
    }
}
