package org.matchprep.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.QuestionWithAnswer;
import org.matchprep.answers.SharedAnswers;
import org.matchprep.answers.SharedAnswers.CurrentAnswer;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.Share;
import org.matchprep.review.domain.ShareRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants share answers with the mentors they are paired with, ask for reviews and revoke access;
 * mentors see what is shared with them as a review queue. Only active pairings count: when a pairing ends
 * its shares stay on record but give no access until the two are paired again.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class SharingService {

    private final ShareRepository shares;
    private final CommentThreadRepository threads;
    private final SharedAnswers answers;
    private final AnswerService answerService;
    private final PairingService pairings;
    private final SharingPeople people;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final Clock clock;

    SharingService(ShareRepository shares, CommentThreadRepository threads, SharedAnswers answers,
                   AnswerService answerService, PairingService pairings, SharingPeople people, Notifier notifier,
                   CurrentUser currentUser, Clock clock) {
        this.shares = shares;
        this.threads = threads;
        this.answers = answers;
        this.answerService = answerService;
        this.pairings = pairings;
        this.people = people;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How my answer to this question is shared, with each of my active mentors. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public SharingState sharing(long questionId) {
        long me = currentUser.id();
        String questionText = questionText(questionId);
        CurrentAnswer answer = answers.current(me, questionId).orElse(null);
        Map<Long, Share> byMentor = answer == null ? Map.of() : shares.findByAnswerId(answer.answerId()).stream()
                .collect(Collectors.toMap(Share::getMentorId, Function.identity()));
        List<ShareTarget> targets = people.activeMentors().stream()
                .map(mentor -> target(mentor.mentorId(), mentor.mentorName(), byMentor.get(mentor.mentorId())))
                .toList();
        return new SharingState(answer == null ? null : answer.answerId(), questionId, questionText, targets);
    }

    /** Lets a mentor I am paired with read my answer (and comment on it). Sharing twice changes nothing. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void share(long questionId, long mentorId) {
        shareOf(questionId, mentorId);
    }

    /** Ends a mentor's access to my answer at once; their comment threads stay for when I share again. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void revoke(long questionId, long mentorId) {
        long me = currentUser.id();
        CurrentAnswer answer = answers.current(me, questionId).orElse(null);
        if (answer == null) {
            return;
        }
        shares.findByAnswerIdAndMentorId(answer.answerId(), mentorId).ifPresent(share -> {
            shares.delete(share);
            Instant now = clock.instant();
            notifier.send(new NewNotification(mentorId, NotificationKind.SHARE_REVOKED,
                    "share:" + answer.answerId() + ":revoked:" + now.toEpochMilli(),
                    people.nameOf(me) + " stopped sharing \"" + shortText(answer.question().text()) + "\" with you.",
                    "reviews"));
        });
    }

    /** Shares the answer if need be and puts it in the mentor's review queue, with an optional note. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void requestReview(long questionId, long mentorId, String note) {
        Share share = shareOf(questionId, mentorId);
        Instant now = clock.instant();
        share.requestReview(note, now);
        shares.saveAndFlush(share);
        String text = people.nameOf(share.getApplicantId()) + " asked you to review \"" + shortText(questionText(questionId)) + "\""
                + (share.getReviewNote() == null ? "." : ": " + shortText(share.getReviewNote()));
        notifier.send(new NewNotification(mentorId, NotificationKind.REVIEW_REQUESTED,
                "review-request:" + share.getId() + ":" + now.toEpochMilli(), text, "review/" + share.getAnswerId()));
    }

    /** My answers that at least one mentor can read. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<SharedItem> mySharedItems() {
        long me = currentUser.id();
        Map<Long, List<Share>> byAnswer = shares.findByApplicantId(me).stream()
                .collect(Collectors.groupingBy(Share::getAnswerId));
        if (byAnswer.isEmpty()) {
            return List.of();
        }
        Map<Long, String> mentorNames = people.activeMentorNames();
        Map<Long, Integer> open = openThreads(byAnswer.keySet(), null);
        List<SharedItem> items = new ArrayList<>();
        for (CurrentAnswer answer : answers.current(byAnswer.keySet())) {
            List<ShareTarget> with = byAnswer.get(answer.answerId()).stream()
                    .filter(share -> mentorNames.containsKey(share.getMentorId()))
                    .map(share -> target(share.getMentorId(), mentorNames.get(share.getMentorId()), share))
                    .toList();
            if (!with.isEmpty()) {
                items.add(new SharedItem(answer.answerId(), answer.question().id(), answer.question().text(),
                        answer.question().category(), answer.updatedAt(), with, open.getOrDefault(answer.answerId(), 0)));
            }
        }
        items.sort((a, b) -> b.updatedAt().compareTo(a.updatedAt()));
        return items;
    }

    /** What applicants I am paired with have shared with me, review requests first, then the newest. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_MENTOR)
    public List<QueueItem> reviewQueue() {
        long me = currentUser.id();
        Map<Long, String> applicants = pairings.myApplicants().stream()
                .collect(Collectors.toMap(PairingSummary::applicantId, PairingSummary::applicantName, (a, b) -> a));
        Map<Long, Share> byAnswer = shares.findByMentorId(me).stream()
                .filter(share -> applicants.containsKey(share.getApplicantId()))
                .collect(Collectors.toMap(Share::getAnswerId, Function.identity()));
        if (byAnswer.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> open = openThreads(byAnswer.keySet(), me);
        Map<Long, Integer> reviewedNumbers = new HashMap<>();
        byAnswer.values().stream().filter(share -> share.getReviewedRevisionId() != null).forEach(share ->
                answers.revision(share.getReviewedRevisionId())
                        .ifPresent(revision -> reviewedNumbers.put(share.getAnswerId(), revision.number())));
        List<QueueItem> queue = new ArrayList<>();
        for (CurrentAnswer answer : answers.current(byAnswer.keySet())) {
            Share share = byAnswer.get(answer.answerId());
            Integer reviewed = reviewedNumbers.get(answer.answerId());
            queue.add(new QueueItem(answer.answerId(), answer.applicantId(), applicants.get(answer.applicantId()),
                    answer.question().text(), answer.question().category(), share.getReviewStatus(),
                    share.getReviewNote(), share.getReviewRequestedAt(), answer.updatedAt(),
                    open.getOrDefault(answer.answerId(), 0), reviewed != null && reviewed < answer.revisionNumber()));
        }
        queue.sort((a, b) -> {
            int byStatus = Integer.compare(queueRank(a.status()), queueRank(b.status()));
            return byStatus != 0 ? byStatus : b.updatedAt().compareTo(a.updatedAt());
        });
        return queue;
    }

    private static int queueRank(ReviewStatus status) {
        return switch (status) {
            case REQUESTED -> 0;
            case IN_REVIEW -> 1;
            case NONE -> 2;
            case DONE -> 3;
        };
    }

    private Share shareOf(long questionId, long mentorId) {
        long me = currentUser.id();
        CurrentAnswer answer = answers.current(me, questionId).orElse(null);
        if (answer == null) {
            questionText(questionId);
            throw new ReviewException("Write and save this answer before sharing it.");
        }
        if (!pairings.isPaired(me, mentorId)) {
            throw new ReviewException("You can share answers only with a mentor you are paired with.");
        }
        return shares.findByAnswerIdAndMentorId(answer.answerId(), mentorId).orElseGet(() -> {
            shares.insertIfAbsent(answer.answerId(), me, mentorId, clock.instant());
            return shares.findByAnswerIdAndMentorId(answer.answerId(), mentorId).orElseThrow();
        });
    }

    private String questionText(long questionId) {
        // through the applicant's own service: a question they cannot see is refused there
        return answerService.open(questionId).question().text();
    }


    private Map<Long, Integer> openThreads(Collection<Long> answerIds, Long mentorId) {
        return SharingPeople.counts(threads.countOpen(answerIds, mentorId));
    }


    private static ShareTarget target(long mentorId, String mentorName, Share share) {
        return share == null ? new ShareTarget(mentorId, mentorName, false, null, null, null)
                : new ShareTarget(mentorId, mentorName, true, share.getReviewStatus(), share.getReviewNote(),
                share.getReviewRequestedAt());
    }

    static String shortText(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    static AccessDeniedException notShared() {
        return new AccessDeniedException(ReviewAccess.NOT_SHARED);
    }
}
