package org.matchprep.season;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private final SeasonExtras extras;
    private final WhyOurProgramService whyOurProgram;
    private final AccountService accounts;
    private final Clock clock;

    DaySheetService(InterviewService interviews, DossierService dossiers, QuestionsToAskService questions,
                    SeasonExtras extras, WhyOurProgramService whyOurProgram, AccountService accounts, Clock clock) {
        this.interviews = interviews;
        this.dossiers = dossiers;
        this.questions = questions;
        this.extras = extras;
        this.whyOurProgram = whyOurProgram;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DaySheet daySheet(long interviewId) {
        InterviewSummary interview = interviews.interview(interviewId);
        DossierDetails program = dossiers.dossier(interview.dossierId()).details();
        return sheetsFor(List.of(interview), Map.of(interview.dossierId(), program)).getFirst();
    }

    @Transactional(readOnly = true)
    public byte[] daySheetPdf(long interviewId) {
        return DaySheetPdf.sheet(daySheet(interviewId));
    }

    /** One PDF with a day sheet per upcoming interview, soonest first; one page saying so when there are none. */
    @Transactional(readOnly = true)
    public byte[] binderPdf() {
        Instant now = clock.instant();
        List<InterviewSummary> upcoming = interviews.myInterviews().stream()
                .filter(interview -> interview.startsAt().isAfter(now))
                .filter(interview -> interview.status() == InterviewStatus.INVITED
                        || interview.status() == InterviewStatus.SCHEDULED)
                .toList();
        Map<Long, DossierDetails> programs = upcoming.isEmpty() ? Map.of() : dossiers.myDossiers().stream()
                .collect(Collectors.toMap(DossierSummary::id, DossierSummary::details));
        return DaySheetPdf.binder(sheetsFor(upcoming, programs));
    }

    /** Sheets for some of my interviews, reading what they share once (not once per interview). */
    private List<DaySheet> sheetsFor(List<InterviewSummary> mine, Map<Long, DossierDetails> programs) {
        if (mine.isEmpty()) {
            return List.of();
        }
        String why = whyOurProgram.myAnswer().text();
        ZoneId myZone = accounts.myAccount().timeZone();
        Map<Long, AskQuestion> visible = questions.questionsForMe().stream()
                .collect(Collectors.toMap(AskQuestion::id, Function.identity()));
        List<Long> ids = mine.stream().map(InterviewSummary::id).toList();
        Map<Long, List<Long>> chosen = extras.chosenQuestionIdsOf(ids);
        Map<Long, List<ChecklistItem>> checklists = extras.checklistsOf(ids);
        return mine.stream().map(interview -> new DaySheet(interview, programs.get(interview.dossierId()),
                chosen.getOrDefault(interview.id(), List.of()).stream().map(visible::get).filter(Objects::nonNull).toList(),
                checklists.getOrDefault(interview.id(), List.of()), why, myZone)).toList();
    }
}
