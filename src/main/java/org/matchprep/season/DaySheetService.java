package org.matchprep.season;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.matchprep.account.AccountService;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerDraft;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.QuestionWithAnswer;
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
    private final AnswerService answers;
    private final AccountService accounts;
    private final Clock clock;

    DaySheetService(InterviewService interviews, DossierService dossiers, QuestionsToAskService questions,
                    ChecklistService checklists, AnswerService answers, AccountService accounts, Clock clock) {
        this.interviews = interviews;
        this.dossiers = dossiers;
        this.questions = questions;
        this.checklists = checklists;
        this.answers = answers;
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

    // The narrative variant lives in the answers workspace; read it through its service, as the applicant.
    private String whyThisProgram() {
        return answers.myQuestions().stream()
                .filter(QuestionWithAnswer::answered)
                .filter(question -> !question.question().own())
                .filter(question -> question.question().text().toLowerCase(Locale.ROOT).matches("why (our|this) program\\??"))
                .findFirst()
                .map(question -> text(answers.open(question.question().id())))
                .orElse("");
    }

    private static String text(AnswerDraft draft) {
        return draft.question().structure().parts().stream().map(AnswerStructure.Part::key).map(draft::part)
                .filter(part -> !part.isBlank()).collect(Collectors.joining("\n"));
    }
}
