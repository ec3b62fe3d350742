package org.matchprep.season;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Day sheets for the applicant's interviews, on screen and as PDF, and the binder of all upcoming ones. */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class DaySheetService {

    private final InterviewService interviews;
    private final DossierService dossiers;
    private final QuestionsToAskService questions;
    private final ChecklistService checklists;
    private final WhyOurProgramService whyOurProgram;
    private final AccountService accounts;
    private final Clock clock;

    DaySheetService(InterviewService interviews, DossierService dossiers, QuestionsToAskService questions,
                    ChecklistService checklists, WhyOurProgramService whyOurProgram, AccountService accounts,
                    Clock clock) {
        this.interviews = interviews;
        this.dossiers = dossiers;
        this.questions = questions;
        this.checklists = checklists;
        this.whyOurProgram = whyOurProgram;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DaySheet daySheet(long interviewId) {
        return sheetFor(interviews.interview(interviewId), whyThisProgram());
    }

    @Transactional(readOnly = true)
    public byte[] daySheetPdf(long interviewId) {
        return DaySheetPdf.sheet(daySheet(interviewId));
    }

    /** One PDF with a day sheet per upcoming interview, soonest first; one page saying so when there are none. */
    @Transactional(readOnly = true)
    public byte[] binderPdf() {
        Instant now = clock.instant();
        String why = whyThisProgram();
        List<DaySheet> upcoming = interviews.myInterviews().stream()
                .filter(interview -> interview.startsAt().isAfter(now))
                .filter(interview -> interview.status() == InterviewStatus.INVITED
                        || interview.status() == InterviewStatus.SCHEDULED)
                .map(interview -> sheetFor(interview, why)).toList();
        return DaySheetPdf.binder(upcoming);
    }

    private DaySheet sheetFor(InterviewSummary interview, String whyThisProgram) {
        return new DaySheet(interview, dossiers.dossier(interview.dossierId()).details(),
                questions.chosenFor(interview.id()), checklists.checklist(interview.id()), whyThisProgram,
                accounts.myAccount().timeZone());
    }

    private String whyThisProgram() {
        return whyOurProgram.myAnswer().text();
    }
}
