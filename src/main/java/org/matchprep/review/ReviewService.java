package org.matchprep.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.RevisionDiff;
import org.matchprep.answers.SharedAnswers;
import org.matchprep.answers.SharedAnswers.CurrentAnswer;
import org.matchprep.answers.SharedAnswers.RevisionText;
import org.matchprep.review.ReviewAccess.Granted;
import org.matchprep.review.Threads.Participation;
import org.matchprep.review.domain.CommentThread;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.Share;
import org.matchprep.review.domain.ShareRepository;
import org.matchprep.review.domain.TextAnchor;
import org.matchprep.review.domain.TextAnchorMatcher;
import org.matchprep.review.domain.ThreadComment;
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
    private final Threads threadMechanics;
    private final Clock clock;

    ReviewService(ReviewAccess access, SharedAnswers answers, ShareRepository shares, CommentThreadRepository threads,
                  Threads threadMechanics, Clock clock) {
        this.access = access;
        this.answers = answers;
        this.shares = shares;
        this.threads = threads;
        this.threadMechanics = threadMechanics;
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
        TextAnchor anchor = Threads.anchorAt(revision.part(request.partKey()), request.start(), request.end(),
                request.quote(), "answer");
        answers.seal(revision.revisionId());
        CommentThread thread = new CommentThread(request.answerId(), granted.viewerId(), revision.revisionId(),
                request.partKey(), anchor, clock.instant());
        threadMechanics.start(thread, body, granted.answer().applicantId(), granted.answer().question().text(),
                "review/" + request.answerId());
        return page(granted).threads().stream().filter(view -> view.id() == thread.getId()).findFirst().orElseThrow();
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

    /** The thread, if I take part in it: as the answer's applicant, or as the mentor who started it. */
    private Participation participation(long threadId) {
        CommentThread thread = threadMechanics.thread(threadId);
        if (thread.getAnswerId() == null) {
            throw SharingService.notShared(); // a dossier thread: DossierReviewService handles those
        }
        Granted granted = access.toAnswer(thread.getAnswerId());
        if (granted.viewerIsMentor() && !thread.startedBy(granted.viewerId())) {
            throw SharingService.notShared();
        }
        long other = granted.viewerIsMentor() ? granted.answer().applicantId() : thread.getMentorId();
        boolean otherMayRead = granted.viewerIsMentor() || access.mentorMayRead(granted.answer(), other);
        return new Participation(thread, granted.viewerId(), other, otherMayRead, "review/" + thread.getAnswerId());
    }

    private ReviewPage page(Granted granted) {
        CurrentAnswer answer = granted.answer();
        List<CommentThread> visible = granted.viewerIsMentor()
                ? threads.findByAnswerIdAndMentorIdOrderByCreatedAtAscIdAsc(answer.answerId(), granted.viewerId())
                : threads.findByAnswerIdOrderByCreatedAtAscIdAsc(answer.answerId());
        Map<Long, Integer> revisionNumbers = new HashMap<>();
        Threads.Placed placed = threadMechanics.place(visible, answer.applicantId(), granted.viewerId(),
                thread -> answer.part(thread.getPartKey()),
                thread -> revisionNumbers.computeIfAbsent(thread.getRevisionId(),
                        id -> answers.revision(id).map(RevisionText::number).orElse(0)));
        List<ReviewPage.PartText> parts = answer.structure().parts().stream()
                .map(part -> new ReviewPage.PartText(part.key(), part.label(), answer.part(part.key())))
                .toList();
        Share share = granted.share();
        Integer reviewedNumber = share == null || share.getReviewedRevisionId() == null ? null
                : answers.revision(share.getReviewedRevisionId()).map(RevisionText::number).orElse(null);
        return new ReviewPage(answer.answerId(), placed.names().getOrDefault(answer.applicantId(), ""), answer.question(),
                parts, answer.revisionId(), answer.revisionNumber(), answer.updatedAt(), granted.viewerIsMentor(),
                placed.views(), share == null ? null : share.getReviewStatus(),
                share == null ? null : share.getReviewNote(), reviewedNumber);
    }
}
