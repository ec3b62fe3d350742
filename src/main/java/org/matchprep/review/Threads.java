package org.matchprep.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.matchprep.account.AccountDirectory;
import org.matchprep.cluster.NodeEvents;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.matchprep.review.ThreadView.CommentView;
import org.matchprep.review.domain.CommentThread;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.TextAnchor;
import org.matchprep.review.domain.TextAnchorMatcher;
import org.matchprep.review.domain.ThreadComment;
import org.matchprep.review.domain.ThreadCommentRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The comment-thread mechanics for every kind of shared item (answers, program dossiers...): checking a
 * selected passage, replies, edits, resolving and reopening with their notifications, and placing threads
 * in the current text. Access is decided by the callers, which hand in a {@link Participation}.
 */
@Component
class Threads {

    /**
     * I take part in this thread. {@code otherSideMayRead} is false when the thread's mentor has lost access:
     * they are told nothing more. {@code link} is where notifications point.
     */
    record Participation(CommentThread thread, long viewerId, long otherSide, boolean otherSideMayRead, String link) {
    }

    /** The threads as shown, and the names of everyone involved (the owner included). */
    record Placed(List<ThreadView> views, Map<Long, String> names) {
    }

    private final CommentThreadRepository threads;
    private final ThreadCommentRepository comments;
    private final AccountDirectory directory;
    private final Notifier notifier;
    private final Clock clock;
    private final NodeEvents nodeEvents;
    private final TextAnchorMatcher matcher = new TextAnchorMatcher();

    Threads(CommentThreadRepository threads, ThreadCommentRepository comments, AccountDirectory directory,
            Notifier notifier, Clock clock, NodeEvents nodeEvents) {
        this.threads = threads;
        this.comments = comments;
        this.directory = directory;
        this.notifier = notifier;
        this.clock = clock;
        this.nodeEvents = nodeEvents;
    }

    /**
     * The anchor of the passage {@code [start, end)} of {@code text}, which must read exactly as quoted;
     * {@code what} names the item discussed in messages ("answer", "dossier").
     */
    static TextAnchor anchorAt(String text, int start, int end, String quote, String what) {
        if (quote == null || quote.isBlank()) {
            throw new ReviewException("Select the passage you want to comment on first.");
        }
        if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(quote)) {
            throw new ReviewException("The passage you selected is no longer in the " + what + " as you read it. "
                    + "Reload the " + what + " and select it again.");
        }
        try {
            return TextAnchor.of(text, start, end);
        } catch (IllegalArgumentException e) {
            throw new ReviewException("Select a passage of words to comment on.");
        }
    }

    /** Saves a new thread with its first comment and tells the owner; returns the first comment. */
    ThreadComment start(CommentThread unsaved, String body, long ownerId, String about, String link) {
        String text = ThreadComment.checked(body);
        Instant now = clock.instant();
        CommentThread thread = threads.saveAndFlush(unsaved);
        ThreadComment first = comments.saveAndFlush(new ThreadComment(thread.getId(), thread.getMentorId(), text, now));
        notifier.send(new NewNotification(ownerId, NotificationKind.NEW_COMMENT, "comment:" + first.getId(),
                nameOf(thread.getMentorId()) + " commented on \"" + shortText(thread.getQuote())
                        + "\" in \"" + shortText(about) + "\".", link));
        changed(thread);
        return first;
    }

    void reply(Participation in, String body) {
        String text = ThreadComment.checked(body);
        ThreadComment reply = comments.saveAndFlush(new ThreadComment(in.thread().getId(), in.viewerId(), text, clock.instant()));
        notifyOtherSide(in, NotificationKind.REPLY, "comment:" + reply.getId(), "replied about");
        changed(in.thread());
    }

    void resolve(Participation in) {
        long threadId = in.thread().getId();
        Instant now = clock.instant();
        if (threads.resolveIfOpen(threadId, in.viewerId(), now) == 0) {
            return; // resolved already, perhaps by the other side a moment ago
        }
        notifyOtherSide(in, NotificationKind.THREAD_RESOLVED, "thread:" + threadId + ":resolved:" + now.toEpochMilli(),
                "resolved the thread on");
        changed(in.thread());
    }

    void reopen(Participation in) {
        long threadId = in.thread().getId();
        if (threads.reopenIfResolved(threadId) == 0) {
            return;
        }
        Instant now = clock.instant();
        notifyOtherSide(in, NotificationKind.THREAD_REOPENED, "thread:" + threadId + ":reopened:" + now.toEpochMilli(),
                "reopened the thread on");
        changed(in.thread());
    }

    void editComment(long commentId, String body, LongFunction<Participation> participation) {
        ThreadComment comment = myComment(commentId, participation);
        comment.edit(body, clock.instant());
        changed(thread(comment.getThreadId()));
    }

    void deleteComment(long commentId, LongFunction<Participation> participation) {
        ThreadComment comment = myComment(commentId, participation);
        comment.delete(clock.instant());
        changed(thread(comment.getThreadId()));
    }

    /** Every node's open review page of the subject may show the change (once this transaction commits). */
    private void changed(CommentThread thread) {
        nodeEvents.publish(new ReviewSubjectChanged(thread.subject().type(), thread.subject().id()));
    }

    /** The thread, or the same refusal as for a thread that is not mine. */
    CommentThread thread(long threadId) {
        return threads.findById(threadId).orElseThrow(Threads::refused);
    }

    /**
     * Places the threads in the current text: {@code textOf} gives a thread's current part text,
     * {@code createdOn} the revision number it was made on (0 where there are none).
     */
    Placed place(List<CommentThread> visible, long ownerId, long viewerId, Function<CommentThread, String> textOf,
                 ToIntFunction<CommentThread> createdOn) {
        Map<Long, List<ThreadComment>> byThread = visible.isEmpty() ? Map.of()
                : comments.findByThreadIdInOrderByCreatedAtAscIdAsc(visible.stream().map(CommentThread::getId).toList())
                .stream().collect(Collectors.groupingBy(ThreadComment::getThreadId));
        Set<Long> people = new HashSet<>();
        people.add(ownerId);
        visible.forEach(thread -> people.add(thread.getMentorId()));
        byThread.values().forEach(list -> list.forEach(comment -> people.add(comment.getAuthorId())));
        Map<Long, String> names = directory.displayNames(people);
        List<ThreadView> views = new ArrayList<>();
        for (CommentThread thread : visible) {
            Optional<TextAnchorMatcher.Match> match = matcher.locate(thread.anchor(), textOf.apply(thread));
            List<CommentView> list = byThread.getOrDefault(thread.getId(), List.of()).stream()
                    .map(comment -> new CommentView(comment.getId(), comment.getAuthorId(),
                            names.getOrDefault(comment.getAuthorId(), "Former member"),
                            comment.isDeleted() ? "" : comment.getBody(), comment.getCreatedAt(), comment.getEditedAt(),
                            comment.isDeleted(), comment.getAuthorId() == viewerId))
                    .toList();
            views.add(new ThreadView(thread.getId(), thread.getMentorId(), names.getOrDefault(thread.getMentorId(), "Former mentor"),
                    thread.getPartKey(), thread.getQuote(), match.map(TextAnchorMatcher.Match::start).orElse(-1),
                    match.map(TextAnchorMatcher.Match::end).orElse(-1), match.map(TextAnchorMatcher.Match::exact).orElse(false),
                    thread.isResolved(), thread.getCreatedAt(), createdOn.applyAsInt(thread), list));
        }
        return new Placed(views, names);
    }

    private ThreadComment myComment(long commentId, LongFunction<Participation> participation) {
        ThreadComment comment = comments.findById(commentId).orElseThrow(Threads::refused);
        Participation in = participation.apply(comment.getThreadId());
        if (comment.getAuthorId() != in.viewerId()) {
            throw new AccessDeniedException("Only its author can change a comment.");
        }
        return comment;
    }

    private void notifyOtherSide(Participation in, NotificationKind kind, String eventKey, String did) {
        if (in.otherSideMayRead()) {
            notifier.send(new NewNotification(in.otherSide(), kind, eventKey, nameOf(in.viewerId()) + " " + did + " \""
                    + shortText(in.thread().getQuote()) + "\".", in.link()));
        }
    }

    /** The one refusal for a thread or comment the caller takes no part in, whether it exists or not. */
    static AccessDeniedException refused() {
        return SubjectAccess.refused("comment thread");
    }

    /** A title or quote cut to fit a notification. */
    static String shortText(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private String nameOf(long accountId) {
        return directory.displayNames(Set.of(accountId)).getOrDefault(accountId, "Someone");
    }
}
