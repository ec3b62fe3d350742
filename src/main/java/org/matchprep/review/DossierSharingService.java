package org.matchprep.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingStatus;
import org.matchprep.feedback.PairingSummary;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.Notifier;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.DossierShare;
import org.matchprep.review.domain.DossierShareRepository;
import org.matchprep.season.SharedDossiers;
import org.matchprep.season.SharedDossiers.DossierText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants share program dossiers (with the impressions of their interviews) with the mentors they are
 * paired with, and revoke them; mentors list what is shared with them. As for answers, only active
 * pairings count: a share stays on record when a pairing ends but gives no access until they pair again.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class DossierSharingService {

    private final DossierShareRepository shares;
    private final CommentThreadRepository threads;
    private final DossierAccess access;
    private final SharedDossiers dossiers;
    private final PairingService pairings;
    private final SharingPeople people;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final Clock clock;

    DossierSharingService(DossierShareRepository shares, CommentThreadRepository threads, DossierAccess access,
                          SharedDossiers dossiers, PairingService pairings, SharingPeople people,
                          Notifier notifier, CurrentUser currentUser, Clock clock) {
        this.shares = shares;
        this.threads = threads;
        this.access = access;
        this.dossiers = dossiers;
        this.pairings = pairings;
        this.people = people;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether my dossier is shared with each of my active mentors. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public DossierSharingState sharing(long dossierId) {
        DossierText dossier = access.mine(dossierId);
        Set<Long> sharedWith = shares.findByDossierId(dossierId).stream().map(DossierShare::getMentorId)
                .collect(Collectors.toSet());
        List<ShareTarget> targets = people.activeMentors().stream()
                .map(mentor -> target(mentor.mentorId(), mentor.mentorName(), sharedWith.contains(mentor.mentorId())))
                .toList();
        return new DossierSharingState(dossierId, dossier.programName(), targets);
    }

    /** Lets a mentor I am paired with read my dossier and comment on it. Sharing twice changes nothing. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void share(long dossierId, long mentorId) {
        DossierText dossier = access.mine(dossierId);
        if (!pairings.isPaired(dossier.applicantId(), mentorId)) {
            throw new ReviewException("You can share dossiers only with a mentor you are paired with.");
        }
        shares.insertIfAbsent(dossierId, dossier.applicantId(), mentorId, clock.instant());
    }

    /** Ends a mentor's access to my dossier at once; their threads stay for when I share again. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void revoke(long dossierId, long mentorId) {
        DossierText dossier = access.mine(dossierId);
        shares.findByDossierIdAndMentorId(dossierId, mentorId).ifPresent(share -> {
            shares.delete(share);
            Instant now = clock.instant();
            notifier.send(new NewNotification(mentorId, NotificationKind.SHARE_REVOKED,
                    "dossier-share:" + dossierId + ":revoked:" + now.toEpochMilli(),
                    people.nameOf(dossier.applicantId()) + " stopped sharing the dossier \""
                            + SharingService.shortText(dossier.programName()) + "\" with you.",
                    "reviews"));
        });
    }

    /** My dossiers that at least one active mentor can read. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<SharedDossier> mySharedDossiers() {
        long me = currentUser.id();
        Map<Long, List<DossierShare>> byDossier = shares.findByApplicantId(me).stream()
                .collect(Collectors.groupingBy(DossierShare::getDossierId));
        if (byDossier.isEmpty()) {
            return List.of();
        }
        Map<Long, String> mentorNames = people.activeMentorNames();
        Map<Long, Integer> open = openThreads(byDossier.keySet(), null);
        List<SharedDossier> items = new ArrayList<>();
        for (DossierText dossier : dossiers.current(byDossier.keySet())) {
            List<ShareTarget> with = byDossier.get(dossier.dossierId()).stream()
                    .filter(share -> mentorNames.containsKey(share.getMentorId()))
                    .map(share -> target(share.getMentorId(), mentorNames.get(share.getMentorId()), true))
                    .toList();
            if (!with.isEmpty()) {
                items.add(new SharedDossier(dossier.dossierId(), me, "", dossier.programName(), dossier.updatedAt(),
                        with, open.getOrDefault(dossier.dossierId(), 0)));
            }
        }
        items.sort(Comparator.comparing(SharedDossier::updatedAt).reversed());
        return items;
    }

    /** Dossiers that applicants I am actively paired with share with me, the most recently changed first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_MENTOR)
    public List<SharedDossier> sharedWithMe() {
        long me = currentUser.id();
        Map<Long, String> applicants = pairings.myApplicants().stream()
                .filter(pairing -> pairing.status() == PairingStatus.ACTIVE)
                .collect(Collectors.toMap(PairingSummary::applicantId, PairingSummary::applicantName, (a, b) -> a));
        Set<Long> ids = shares.findByMentorId(me).stream()
                .filter(share -> applicants.containsKey(share.getApplicantId()))
                .map(DossierShare::getDossierId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> open = openThreads(ids, me);
        return dossiers.current(ids).stream()
                .map(dossier -> new SharedDossier(dossier.dossierId(), dossier.applicantId(),
                        applicants.get(dossier.applicantId()), dossier.programName(), dossier.updatedAt(), List.of(),
                        open.getOrDefault(dossier.dossierId(), 0)))
                .sorted(Comparator.comparing(SharedDossier::updatedAt).reversed())
                .toList();
    }


    private Map<Long, Integer> openThreads(Collection<Long> dossierIds, Long mentorId) {
        return SharingPeople.counts(threads.countOpenOnDossiers(dossierIds, mentorId));
    }


    private static ShareTarget target(long mentorId, String mentorName, boolean shared) {
        return new ShareTarget(mentorId, mentorName, shared, null, null, null);
    }
}
