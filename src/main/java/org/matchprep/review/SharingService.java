package org.matchprep.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.cluster.NodeEvents;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingStatus;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.matchprep.review.SubjectAccess.Granted;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.Share;
import org.matchprep.review.domain.ShareRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants share their items (answers, program dossiers, any {@link ReviewableKind}) with the mentors they
 * are paired with, ask for reviews and revoke access; mentors see what is shared with them as one review
 * queue. Only active pairings count: when a pairing ends its shares stay on record but give no access until
 * the two are paired again. Lists read a fixed number of queries, whatever their length.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class SharingService {

    private final ShareRepository shares;
    private final CommentThreadRepository threads;
    private final SubjectAccess access;
    private final ReviewableKinds kinds;
    private final PairingService pairings;
    private final SharingPeople people;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NodeEvents nodeEvents;

    SharingService(ShareRepository shares, CommentThreadRepository threads, SubjectAccess access, ReviewableKinds kinds,
                   PairingService pairings, SharingPeople people, Notifier notifier, CurrentUser currentUser, Clock clock,
                   NodeEvents nodeEvents) {
        this.shares = shares;
        this.threads = threads;
        this.access = access;
        this.kinds = kinds;
        this.pairings = pairings;
        this.people = people;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
        this.nodeEvents = nodeEvents;
    }

    /** How my item is shared, with each of my active mentors. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public SharingState sharing(SubjectRef subject) {
        Granted mine = access.mine(subject);
        Map<Long, Share> byMentor = shares.findBySubjectTypeAndSubjectId(subject.type(), subject.id()).stream()
                .collect(Collectors.toMap(Share::getMentorId, Function.identity()));
        List<ShareTarget> targets = people.activeMentors().stream()
                .map(mentor -> target(mentor.mentorId(), mentor.mentorName(), byMentor.get(mentor.mentorId())))
                .toList();
        return new SharingState(subject, mine.noun(), mine.subject().title(), targets);
    }

    /** Lets a mentor I am paired with read my item (and comment on it). Sharing twice changes nothing. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void share(SubjectRef subject, long mentorId) {
        shareOf(access.mine(subject), mentorId);
    }

    /** Ends a mentor's access to my item at once; their comment threads stay for when I share again. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void revoke(SubjectRef subject, long mentorId) {
        Granted mine = access.mine(subject);
        shares.findBySubjectTypeAndSubjectIdAndMentorId(subject.type(), subject.id(), mentorId).ifPresent(share -> {
            shares.delete(share);
            Instant now = clock.instant();
            notifier.send(new NewNotification(mentorId, NotificationKind.SHARE_REVOKED,
                    "share:" + subject.type() + ":" + subject.id() + ":revoked:" + now.toEpochMilli(),
                    people.nameOf(mine.viewerId()) + " stopped sharing " + describe(mine) + " with you.", "reviews"));
            nodeEvents.publish(new ReviewQueueChanged(mentorId));
        });
    }

    /** Shares the item if need be and puts it in the mentor's review queue, with an optional note. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void requestReview(SubjectRef subject, long mentorId, String note) {
        Granted mine = access.mine(subject);
        Share share = shareOf(mine, mentorId);
        Instant now = clock.instant();
        share.requestReview(note, now);
        shares.saveAndFlush(share);
        String text = people.nameOf(mine.viewerId()) + " asked you to review " + describe(mine)
                + (share.getReviewNote() == null ? "." : ": " + Threads.shortText(share.getReviewNote()));
        notifier.send(new NewNotification(mentorId, NotificationKind.REVIEW_REQUESTED,
                "review-request:" + share.getId() + ":" + now.toEpochMilli(), text, subject.link()));
        nodeEvents.publish(new ReviewQueueChanged(mentorId));
    }

    /** My items that at least one active mentor can read, the most recently changed first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<SharedItem> mySharedItems() {
        Map<Long, String> mentorNames = people.activeMentorNames();
        Map<SubjectRef, List<Share>> bySubject = shares.findByApplicantId(currentUser.id()).stream()
                .filter(share -> mentorNames.containsKey(share.getMentorId()))
                .collect(Collectors.groupingBy(Share::subject));
        if (bySubject.isEmpty()) {
            return List.of();
        }
        Map<SubjectRef, ReviewSubject> subjects = kinds.load(bySubject.keySet());
        Map<SubjectRef, Integer> open = openThreads(subjects.keySet(), null);
        List<SharedItem> items = new ArrayList<>();
        subjects.forEach((ref, subject) -> items.add(new SharedItem(ref, kinds.of(ref.type()).noun(), subject.title(),
                subject.category(), subject.updatedAt(), bySubject.get(ref).stream()
                .sorted(Comparator.comparing(share -> mentorNames.get(share.getMentorId())))
                .map(share -> target(share.getMentorId(), mentorNames.get(share.getMentorId()), share))
                .toList(), open.getOrDefault(ref, 0))));
        items.sort(Comparator.comparing(SharedItem::updatedAt).reversed());
        return items;
    }

    /** What applicants I am actively paired with have shared with me, review requests first, then the newest. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_MENTOR)
    public List<QueueItem> reviewQueue() {
        long me = currentUser.id();
        Map<Long, String> applicants = pairings.myApplicants().stream()
                .filter(pairing -> pairing.status() == PairingStatus.ACTIVE)
                .collect(Collectors.toMap(PairingSummary::applicantId, PairingSummary::applicantName, (a, b) -> a));
        Map<SubjectRef, Share> bySubject = shares.findByMentorId(me).stream()
                .filter(share -> applicants.containsKey(share.getApplicantId()))
                .collect(Collectors.toMap(Share::subject, Function.identity()));
        if (bySubject.isEmpty()) {
            return List.of();
        }
        Map<SubjectRef, ReviewSubject> subjects = kinds.load(bySubject.keySet());
        Map<SubjectRef, Integer> open = openThreads(subjects.keySet(), me);
        List<QueueItem> queue = new ArrayList<>();
        subjects.forEach((ref, subject) -> {
            Share share = bySubject.get(ref);
            queue.add(new QueueItem(ref, kinds.of(ref.type()).noun(), subject.ownerId(), applicants.get(subject.ownerId()),
                    subject.title(), subject.category(), share.getReviewStatus(), share.getReviewNote(),
                    share.getReviewRequestedAt(), subject.updatedAt(), open.getOrDefault(ref, 0),
                    share.changedSinceReview(subject.text())));
        });
        queue.sort(Comparator.comparing((QueueItem item) -> queueRank(item.status()))
                .thenComparing(QueueItem::updatedAt, Comparator.reverseOrder()));
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

    private Share shareOf(Granted mine, long mentorId) {
        SubjectRef ref = mine.ref();
        if (!pairings.isPaired(mine.viewerId(), mentorId)) {
            throw new ReviewException("You can share your " + mine.noun() + " only with a mentor you are paired with.");
        }
        return shares.findBySubjectTypeAndSubjectIdAndMentorId(ref.type(), ref.id(), mentorId).orElseGet(() -> {
            shares.insertIfAbsent(ref.type(), ref.id(), mine.viewerId(), mentorId, clock.instant());
            nodeEvents.publish(new ReviewQueueChanged(mentorId));
            return shares.findBySubjectTypeAndSubjectIdAndMentorId(ref.type(), ref.id(), mentorId).orElseThrow();
        });
    }

    /** Open threads per item in one query; with a mentor, only that mentor's threads. */
    private Map<SubjectRef, Integer> openThreads(Set<SubjectRef> subjects, Long mentorId) {
        Map<SubjectRef, Integer> counts = new HashMap<>();
        if (subjects.isEmpty()) {
            return counts;
        }
        for (Object[] row : threads.countOpen(subjects.stream().map(SubjectRef::id).collect(Collectors.toSet()), mentorId)) {
            SubjectRef ref = SubjectRef.of((String) row[0], (Long) row[1]);
            if (subjects.contains(ref)) {
                counts.put(ref, ((Long) row[2]).intValue());
            }
        }
        return counts;
    }

    /** "the answer "Why radiology?"", as notifications name an item. */
    static String describe(Granted granted) {
        return "the " + granted.noun() + " \"" + Threads.shortText(granted.subject().title()) + "\"";
    }

    private static ShareTarget target(long mentorId, String mentorName, Share share) {
        return share == null ? new ShareTarget(mentorId, mentorName, false, null, null, null)
                : new ShareTarget(mentorId, mentorName, true, share.getReviewStatus(), share.getReviewNote(),
                share.getReviewRequestedAt());
    }
}
