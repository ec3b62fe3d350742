package org.matchprep.review;

import java.time.Clock;
import java.util.List;

import org.matchprep.account.Roles;
import org.matchprep.review.DossierAccess.Granted;
import org.matchprep.review.Threads.Participation;
import org.matchprep.review.domain.CommentThread;
import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.TextAnchor;
import org.matchprep.review.domain.ThreadComment;
import org.matchprep.season.SharedDossiers.DossierText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discussing passages of a shared program dossier, with the same threads as answers ({@link ReviewService}).
 * A dossier has no revisions: a thread is anchored in the text as the mentor read it and re-located in the
 * current text on every read, outdated when the passage is gone. Each mentor sees only their own threads;
 * the applicant sees all of them. Access is re-checked on every call ({@link DossierAccess}).
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class DossierReviewService {

    private final DossierAccess access;
    private final CommentThreadRepository threads;
    private final Threads threadMechanics;
    private final Clock clock;

    DossierReviewService(DossierAccess access, CommentThreadRepository threads, Threads threadMechanics, Clock clock) {
        this.access = access;
        this.threads = threads;
        this.threadMechanics = threadMechanics;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DossierReviewPage open(long dossierId) {
        return page(access.toDossier(dossierId));
    }

    /** Starts a thread on a passage, which must read as quoted in the dossier's current text. */
    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public ThreadView startThread(NewDossierThread request) {
        Granted granted = access.asMentor(request.dossierId());
        String body = ThreadComment.checked(request.body());
        DossierText dossier = granted.dossier();
        if (request.partKey() == null || !dossier.hasPart(request.partKey())) {
            throw new ReviewException("Select a passage inside one part of the dossier.");
        }
        TextAnchor anchor = Threads.anchorAt(dossier.part(request.partKey()), request.start(), request.end(),
                request.quote(), "dossier");
        CommentThread thread = CommentThread.onDossier(dossier.dossierId(), granted.viewerId(), request.partKey(),
                anchor, clock.instant());
        threadMechanics.start(thread, body, dossier.applicantId(), dossier.programName() + " (dossier)",
                link(dossier.dossierId()));
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

    static String link(long dossierId) {
        return "review/dossier/" + dossierId;
    }

    /** The thread, if I take part in it: as the dossier's applicant, or as the mentor who started it. */
    private Participation participation(long threadId) {
        CommentThread thread = threadMechanics.thread(threadId);
        if (thread.getDossierId() == null) {
            throw DossierAccess.refused(); // an answer thread: ReviewService handles those
        }
        Granted granted = access.toDossier(thread.getDossierId());
        if (granted.viewerIsMentor() && !thread.startedBy(granted.viewerId())) {
            throw DossierAccess.refused();
        }
        long other = granted.viewerIsMentor() ? granted.dossier().applicantId() : thread.getMentorId();
        boolean otherMayRead = granted.viewerIsMentor() || access.mentorMayRead(granted.dossier(), other);
        return new Participation(thread, granted.viewerId(), other, otherMayRead, link(thread.getDossierId()));
    }

    private DossierReviewPage page(Granted granted) {
        DossierText dossier = granted.dossier();
        List<CommentThread> visible = granted.viewerIsMentor()
                ? threads.findByDossierIdAndMentorIdOrderByCreatedAtAscIdAsc(dossier.dossierId(), granted.viewerId())
                : threads.findByDossierIdOrderByCreatedAtAscIdAsc(dossier.dossierId());
        Threads.Placed placed = threadMechanics.place(visible, dossier.applicantId(), granted.viewerId(),
                thread -> dossier.part(thread.getPartKey()), thread -> 0);
        List<ReviewPage.PartText> parts = dossier.parts().stream()
                .map(part -> new ReviewPage.PartText(part.key(), part.label(), part.text()))
                .toList();
        return new DossierReviewPage(dossier.dossierId(), placed.names().getOrDefault(dossier.applicantId(), ""),
                dossier.programName(), parts, dossier.updatedAt(), granted.viewerIsMentor(), placed.views());
    }
}
