package org.matchprep.season;

import java.time.Clock;
import java.util.List;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.season.domain.ChecklistRepository;
import org.matchprep.season.domain.Interview;
import org.matchprep.season.domain.InterviewChecklistItem;
import org.matchprep.season.domain.InterviewRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklists of the applicant's interviews: set-up (virtual or in person), the week and the day before, the
 * day itself, and after; the guide's items and the applicant's own.
 */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class ChecklistService {

    private final ChecklistRepository items;
    private final InterviewRepository interviews;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChecklistService(ChecklistRepository items, InterviewRepository interviews, CurrentUser currentUser, Clock clock) {
        this.items = items;
        this.interviews = interviews;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The checklist of one of my interviews, phase by phase. */
    @Transactional(readOnly = true)
    public List<ChecklistItem> checklist(long interviewId) {
        myInterview(interviewId);
        return items.checklistOf(interviewId).stream().map(InterviewChecklistItem::toItem).toList();
    }

    /** Adds an item of my own to one of my interviews' checklists, after the items of its phase. */
    @Transactional
    public ChecklistItem addOwn(long interviewId, ChecklistPhase phase, String text) {
        myInterview(interviewId);
        int last = items.findByInterviewId(interviewId).stream().filter(item -> item.getPhase() == phase)
                .mapToInt(InterviewChecklistItem::getPosition).max().orElse(0);
        return items.saveAndFlush(InterviewChecklistItem.own(interviewId, phase, text, last + 1)).toItem();
    }

    /** Deletes an item I added myself; the guide's items can only be unticked. */
    @Transactional
    public void deleteOwn(long itemId) {
        InterviewChecklistItem item = items.findById(itemId).orElseThrow(InterviewService::notYours);
        myInterview(item.getInterviewId());
        item.checkDeletable();
        items.delete(item);
        items.flush();
    }

    /** Ticks (or unticks) one item of one of my interviews' checklists. */
    @Transactional
    public ChecklistItem tick(long itemId, boolean done) {
        InterviewChecklistItem item = items.findById(itemId).orElseThrow(InterviewService::notYours);
        myInterview(item.getInterviewId());
        item.tick(done, clock.instant());
        return items.saveAndFlush(item).toItem();
    }

    private Interview myInterview(long interviewId) {
        Interview interview = interviews.findById(interviewId).orElseThrow(InterviewService::notYours);
        if (!interview.isOwnedBy(currentUser.id())) {
            throw InterviewService.notYours();
        }
        return interview;
    }
}
