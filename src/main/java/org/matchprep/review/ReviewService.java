package org.matchprep.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.matchprep.account.AccountDirectory;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.RevisionDiff;
import org.matchprep.answers.SharedAnswers;
import org.matchprep.answers.SharedAnswers.CurrentAnswer;
import org.matchprep.answers.SharedAnswers.RevisionText;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.matchprep.review.ReviewAccess.Granted;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.domain.CommentThread;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.Share;
import org.matchprep.review.domain.ShareRepository;
import org.matchprep.review.domain.TextAnchor;
import org.matchprep.review.domain.TextAnchorMatcher;
import org.matchprep.review.domain.ThreadComment;
import org.matchprep.review.domain.ThreadCommentRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a shared answer and discussing passages of it. A mentor starts a thread on a passage of the
 * revision they read; the applicant and that mentor reply, edit or delete their own comments, and resolve
 * or reopen the thread. Each mentor sees only their own threads; the applicant sees all of them. Threads
 * are placed in the newest text on every read ({@link TextAnchorMatcher}).
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ReviewService {

    private final ReviewAccess access;
    private final SharedAnswers answers;
    private final ShareRepository shares;
    private final CommentThreadRepository threads;
    private final ThreadCommentRepository comments;
    private final AccountDirectory directory;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TextAnchorMatcher matcher = new TextAnchorMatcher();

    ReviewService(ReviewAccess access, SharedAnswers answers, ShareRepository shares, CommentThreadRepository threads,
                  ThreadCommentRepository comments, AccountDirectory directory, Notifier notifier,
                  CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.answers = answers;
        this.shares = shares;
        this.threads = threads;
        this.comments = comments;
        this.directory = directory;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The answer with its threads. When a mentor opens it, the revision they read is sealed (later edits
     * start a new revision, so their comments point into exactly this text) and a requested review moves
     * to "in review".
     */
    @Transactional
    public ReviewPage open(long answerId) {
        Granted granted = access.toAnswer(answerId);
        CurrentAnswer answer = granted.answer();
        if (granted.viewerIsMentor()) {
            answers.seal(answer.revisionId());
            long shareId = granted.share().getId();
            shares.startReview(shareId);
            granted = new Granted(answer, granted.viewerId(),
                    shares.findById(shareId).orElseThrow(SharingService::notShared));
        }
        return page(granted);
    }

    /** Starts a thread on a passage; the passage must still read as quoted in the revision the mentor read. */
    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public ThreadView startThread(NewThread request) {
        Granted granted = access.asMentor(request.answerId());
        String body = ThreadComment.checked(request.body());
        RevisionText revision = answers.revision(request.revisionId())
                .filter(found -> found.answerId() == request.answerId())
                .orElseThrow(() -> new ReviewException("That version of the answer no longer exists. Reload and try again."));
        AnswerStructure structure = granted.answer().structure();
        if (request.partKey() == null || !structure.hasPart(request.partKey())) {
            throw new ReviewException("Select a passage inside one part of the answer.");
        }
        String text = revision.part(request.partKey());
        if (request.quote() == null || request.quote().isBlank()) {
            throw new ReviewException("Select the passage you want to comment on first.");
        }
        if (request.start() < 0 || request.end() > text.length() || request.start() >= request.end()
                || !text.substring(request.start(), request.end()).equals(request.quote())) {
            throw new ReviewException("The passage you selected is no longer in the answer as you read it. "
                    + "Reload the answer and select it again.");
        }
        TextAnchor anchor;
        try {
            anchor = TextAnchor.of(text, request.start(), request.end());
        } catch (IllegalArgumentException e) {
            throw new ReviewException("Select a passage of words to comment on.");
        }
        Instant now = clock.instant();
        answers.seal(revision.revisionId());
        CommentThread thread = threads.saveAndFlush(new CommentThread(request.answerId(), granted.viewerId(),
                revision.revisionId(), request.partKey(), anchor, now));
        ThreadComment first = comments.saveAndFlush(new ThreadComment(thread.getId(), granted.viewerId(), body, now));
        notifier.send(new NewNotification(granted.answer().applicantId(), NotificationKind.NEW_COMMENT,
                "comment:" + first.getId(), nameOf(granted.viewerId()) + " commented on \""
                + SharingService.shortText(anchor.quote()) + "\" in \"" + SharingService.shortText(granted.answer().question().text()) + "\".",
                "review/" + request.answerId()));
        return page(granted).threads().stream().filter(view -> view.id() == thread.getId()).findFirst().orElseThrow();
    }

    @Transactional
    public void reply(long threadId, String body) {
        String text = ThreadComment.checked(body);
        Participation in = participation(threadId);
        ThreadComment reply = comments.saveAndFlush(new ThreadComment(threadId, in.viewerId(), text, clock.instant()));
        notifyOtherSide(in, new NewNotification(in.otherSide(), NotificationKind.REPLY, "comment:" + reply.getId(),
                nameOf(in.viewerId()) + " replied about \"" + SharingService.shortText(in.thread().getQuote()) + "\".",
                "review/" + in.thread().getAnswerId()));
    }

    @Transactional
    public void editComment(long commentId, String body) {
        ThreadComment comment = myComment(commentId);
        comment.edit(body, clock.instant());
    }

    /** Deletes my comment: the thread shows it as deleted, so the replies still make sense. */
    @Transactional
    public void deleteComment(long commentId) {
        myComment(commentId).delete(clock.instant());
    }

    @Transactional
    public void resolve(long threadId) {
        Participation in = participation(threadId);
        Instant now = clock.instant();
        if (threads.resolveIfOpen(threadId, in.viewerId(), now) == 0) {
            return; // resolved already, perhaps by the other side a moment ago
        }
        notifyOtherSide(in, new NewNotification(in.otherSide(), NotificationKind.THREAD_RESOLVED,
                "thread:" + threadId + ":resolved:" + now.toEpochMilli(),
                nameOf(in.viewerId()) + " resolved the thread on \"" + SharingService.shortText(in.thread().getQuote()) + "\".",
                "review/" + in.thread().getAnswerId()));
    }

    @Transactional
    public void reopen(long threadId) {
        Participation in = participation(threadId);
        if (threads.reopenIfResolved(threadId) == 0) {
            return;
        }
        Instant now = clock.instant();
        notifyOtherSide(in, new NewNotification(in.otherSide(), NotificationKind.THREAD_REOPENED,
                "thread:" + threadId + ":reopened:" + now.toEpochMilli(),
                nameOf(in.viewerId()) + " reopened the thread on \"" + SharingService.shortText(in.thread().getQuote()) + "\".",
                "review/" + in.thread().getAnswerId()));
    }

    /** The mentor is done with this revision; next time they see what changed since. */
    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public void finishReview(long answerId) {
        Granted granted = access.asMentor(answerId);
        answers.seal(granted.answer().revisionId());
        granted.share().finishReview(granted.answer().revisionId(), clock.instant());
    }

    /** Word-level changes from the revision I last reviewed to the current one; empty if none or never reviewed. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_MENTOR)
    public Optional<RevisionDiff> changesSinceMyLastReview(long answerId) {
        Granted granted = access.asMentor(answerId);
        Long reviewed = granted.share().getReviewedRevisionId();
        if (reviewed == null || reviewed == granted.answer().revisionId()) {
            return Optional.empty();
        }
        return Optional.of(answers.diff(reviewed, granted.answer().revisionId()));
    }

    /** {@code otherSideMayRead} is false when the thread's mentor has lost access: they are told nothing more. */
    private record Participation(CommentThread thread, long viewerId, long otherSide, boolean otherSideMayRead) {
    }

    /** The thread, if I take part in it: as the answer's applicant, or as the mentor who started it. */
    private Participation participation(long threadId) {
        CommentThread thread = threads.findById(threadId).orElseThrow(SharingService::notShared);
        Granted granted = access.toAnswer(thread.getAnswerId());
        if (granted.viewerIsMentor() && !thread.startedBy(granted.viewerId())) {
            throw SharingService.notShared();
        }
        long other = granted.viewerIsMentor() ? granted.answer().applicantId() : thread.getMentorId();
        boolean otherMayRead = granted.viewerIsMentor() || access.mentorMayRead(granted.answer(), other);
        return new Participation(thread, granted.viewerId(), other, otherMayRead);
    }

    private void notifyOtherSide(Participation in, NewNotification notification) {
        if (in.otherSideMayRead()) {
            notifier.send(notification);
        }
    }

    private ThreadComment myComment(long commentId) {
        ThreadComment comment = comments.findById(commentId).orElseThrow(SharingService::notShared);
        Participation in = participation(comment.getThreadId());
        if (comment.getAuthorId() != in.viewerId()) {
            throw new AccessDeniedException("Only its author can change a comment.");
        }
        return comment;
    }

    private ReviewPage page(Granted granted) {
        CurrentAnswer answer = granted.answer();
        List<CommentThread> visible = granted.viewerIsMentor()
                ? threads.findByAnswerIdAndMentorIdOrderByCreatedAtAscIdAsc(answer.answerId(), granted.viewerId())
                : threads.findByAnswerIdOrderByCreatedAtAscIdAsc(answer.answerId());
        Map<Long, List<ThreadComment>> byThread = visible.isEmpty() ? Map.of()
                : comments.findByThreadIdInOrderByCreatedAtAscIdAsc(visible.stream().map(CommentThread::getId).toList())
                .stream().collect(Collectors.groupingBy(ThreadComment::getThreadId));
        Set<Long> people = new HashSet<>();
        people.add(answer.applicantId());
        visible.forEach(thread -> people.add(thread.getMentorId()));
        byThread.values().forEach(list -> list.forEach(comment -> people.add(comment.getAuthorId())));
        Map<Long, String> names = directory.displayNames(people);
        Map<Long, Integer> revisionNumbers = new HashMap<>();
        List<ThreadView> views = new ArrayList<>();
        for (CommentThread thread : visible) {
            int createdOn = revisionNumbers.computeIfAbsent(thread.getRevisionId(),
                    id -> answers.revision(id).map(RevisionText::number).orElse(0));
            Optional<TextAnchorMatcher.Match> match = matcher.locate(thread.anchor(), answer.part(thread.getPartKey()));
            List<CommentView> list = byThread.getOrDefault(thread.getId(), List.of()).stream()
                    .map(comment -> new CommentView(comment.getId(), comment.getAuthorId(),
                            names.getOrDefault(comment.getAuthorId(), "Former member"),
                            comment.isDeleted() ? "" : comment.getBody(), comment.getCreatedAt(), comment.getEditedAt(),
                            comment.isDeleted(), comment.getAuthorId() == granted.viewerId()))
                    .toList();
            views.add(new ThreadView(thread.getId(), thread.getMentorId(), names.getOrDefault(thread.getMentorId(), "Former mentor"),
                    thread.getPartKey(), thread.getQuote(), match.map(TextAnchorMatcher.Match::start).orElse(-1),
                    match.map(TextAnchorMatcher.Match::end).orElse(-1), match.map(TextAnchorMatcher.Match::exact).orElse(false),
                    thread.isResolved(), thread.getCreatedAt(), createdOn, list));
        }
        List<ReviewPage.PartText> parts = answer.structure().parts().stream()
                .map(part -> new ReviewPage.PartText(part.key(), part.label(), answer.part(part.key())))
                .toList();
        Share share = granted.share();
        Integer reviewedNumber = share == null || share.getReviewedRevisionId() == null ? null
                : answers.revision(share.getReviewedRevisionId()).map(RevisionText::number).orElse(null);
        return new ReviewPage(answer.answerId(), names.getOrDefault(answer.applicantId(), ""), answer.question(), parts,
                answer.revisionId(), answer.revisionNumber(), answer.updatedAt(), granted.viewerIsMentor(), views,
                share == null ? null : share.getReviewStatus(), share == null ? null : share.getReviewNote(), reviewedNumber);
    }

    private String nameOf(long accountId) {
        return directory.displayNames(Set.of(accountId)).getOrDefault(accountId, "Someone");
    }
}
