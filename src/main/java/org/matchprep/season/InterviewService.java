package org.matchprep.season;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.matchprep.account.AccountService;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.base.SpreadsheetSafe;
import org.matchprep.season.domain.Interview;
import org.matchprep.season.domain.InterviewRepository;
import org.matchprep.season.domain.ProgramDossier;
import org.matchprep.season.domain.ProgramDossierRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's interview tracker: one row per real interview, each linked to one of their dossiers. */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class InterviewService {

    /** Column names of the tracker export, in order. */
    public static final List<String> CSV_HEADER = List.of("Program", "Location", "Status", "Program time",
            "Program time zone", "Your time", "Your time zone", "UTC", "Platform", "Link", "Structure",
            "Checklist", "Questions chosen", "Who you met", "Culture", "Teaching", "Resident happiness", "Red flags",
            "Standout moments", "Impressions overdue");

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InterviewRepository interviews;
    private final ProgramDossierRepository dossiers;
    private final SeasonExtras extras;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    InterviewService(InterviewRepository interviews, ProgramDossierRepository dossiers, SeasonExtras extras,
                     AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.interviews = interviews;
        this.dossiers = dossiers;
        this.extras = extras;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** All my interviews, earliest first. */
    @Transactional(readOnly = true)
    public List<InterviewSummary> myInterviews() {
        long me = currentUser.id();
        return summaries(interviews.findByApplicantIdOrderByStartsAtAsc(me), me);
    }

    /**
     * My real interviews still on (invited or scheduled) that start after {@code mockStart} and at most
     * {@code within} later, earliest first: what a mock booked at {@code mockStart} would run into.
     */
    @Transactional(readOnly = true)
    public List<InterviewSummary> interviewsSoonAfter(Instant mockStart, Duration within) {
        if (mockStart == null || within == null || within.isNegative()) {
            throw new SeasonException("Give a start time and a non-negative span to look for interviews in.");
        }
        long me = currentUser.id();
        List<Interview> soon = interviews.startingBetween(me, EnumSet.of(InterviewStatus.INVITED, InterviewStatus.SCHEDULED),
                mockStart, mockStart.plus(within));
        return summaries(soon, me);
    }

    @Transactional(readOnly = true)
    public InterviewSummary interview(long interviewId) {
        Interview interview = mine(interviewId);
        return summary(interview, dossiers.findById(interview.getDossierId()).orElseThrow());
    }

    /** Adds an interview for one of my dossiers, with its checklists ready to tick. */
    @Transactional
    public InterviewSummary schedule(InterviewPlan plan) {
        long me = currentUser.id();
        ProgramDossier dossier = myDossier(plan.dossierId(), me);
        Interview interview = interviews.saveAndFlush(new Interview(me, plan, clock.instant()));
        extras.interviewAdded(interview.getId(), InterviewFormat.of(interview.getPlatform()));
        return summary(interview, dossier);
    }

    /** Changes the plan of an interview read at {@code expectedVersion}. */
    @Transactional
    public InterviewSummary update(long interviewId, long expectedVersion, InterviewPlan plan) {
        Interview interview = mine(interviewId, expectedVersion);
        ProgramDossier dossier = myDossier(plan.dossierId(), interview.getApplicantId());
        InterviewFormat before = InterviewFormat.of(interview.getPlatform());
        interview.replan(plan, clock.instant());
        extras.formatChanged(interviewId, before, InterviewFormat.of(interview.getPlatform()));
        return summary(interviews.saveAndFlush(interview), dossier);
    }

    /** Writes (or rewrites) the same-day impressions of an interview read at {@code expectedVersion}. */
    @Transactional
    public InterviewSummary recordImpressions(long interviewId, long expectedVersion, Impressions impressions) {
        Interview interview = mine(interviewId, expectedVersion);
        interview.recordImpressions(impressions, clock.instant());
        return summary(interviews.saveAndFlush(interview), dossiers.findById(interview.getDossierId()).orElseThrow());
    }

    @Transactional
    public void delete(long interviewId) {
        interviews.delete(mine(interviewId));
    }

    /** The whole tracker as CSV (a header line only when the season is still empty). */
    @Transactional(readOnly = true)
    public String exportCsv() {
        ZoneId myZone = accounts.myAccount().timeZone();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (InterviewSummary row : myInterviews()) {
                Impressions seen = row.impressions();
                csv.printRecord(safe(row.programName()), safe(row.location()), row.status().label(),
                        CSV_TIME.format(row.inProgramZone()), row.programZone().getId(),
                        CSV_TIME.format(row.in(myZone)), myZone.getId(), row.startsAt().toString(),
                        safe(row.platform()), safe(row.link()), safe(row.structure()),
                        row.checklist().label(), row.questionsChosen(), safe(seen.met()), safe(seen.culture()),
                        safe(seen.teaching()), safe(seen.residentHappiness()), safe(seen.redFlags()),
                        safe(seen.standout()), row.impressionsOverdue() ? "yes" : "no");
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static String safe(String text) {
        return SpreadsheetSafe.text(text);
    }

    /** Rows for my interviews: their programs and extras read once for the whole list, not per row. */
    private List<InterviewSummary> summaries(List<Interview> mine, long me) {
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgramDossier> programs = programsOf(me);
        Map<Long, SeasonExtras.Counts> counts = extras.countsOf(mine.stream().map(Interview::getId).toList());
        Instant now = clock.instant();
        return mine.stream().map(interview -> summary(interview, programs.get(interview.getDossierId()),
                counts.get(interview.getId()), now)).toList();
    }

    private InterviewSummary summary(Interview interview, ProgramDossier dossier) {
        return summary(interview, dossier, extras.countsOf(List.of(interview.getId())).get(interview.getId()),
                clock.instant());
    }

    private static InterviewSummary summary(Interview interview, ProgramDossier dossier, SeasonExtras.Counts counts,
                                            Instant now) {
        return new InterviewSummary(interview.getId(), interview.getDossierId(), dossier.getName(),
                dossier.location(), interview.getStartsAt(), interview.getProgramZone(),
                interview.getPlatform(), interview.getLink(), interview.getStructure(), interview.getStatus(),
                interview.impressions(), interview.getImpressionsAt(), interview.impressionsOverdue(now),
                counts.checklist(), counts.questionsChosen(), interview.getVersion());
    }

    private Map<Long, ProgramDossier> programsOf(long me) {
        return dossiers.findByApplicantIdOrderByNameAsc(me).stream()
                .collect(Collectors.toMap(ProgramDossier::getId, Function.identity()));
    }

    private ProgramDossier myDossier(long dossierId, long me) {
        ProgramDossier dossier = dossiers.findById(dossierId).orElseThrow(DossierService::notYours);
        if (!dossier.isOwnedBy(me)) {
            throw DossierService.notYours();
        }
        return dossier;
    }

    private Interview mine(long interviewId, long expectedVersion) {
        Interview interview = mine(interviewId);
        if (interview.getVersion() != expectedVersion) {
            throw new SeasonException("This interview was changed in another tab or device; reload it first.");
        }
        return interview;
    }

    private Interview mine(long interviewId) {
        Interview interview = interviews.findById(interviewId).orElseThrow(InterviewService::notYours);
        if (!interview.isOwnedBy(currentUser.id())) {
            throw notYours();
        }
        return interview;
    }

    static AccessDeniedException notYours() {
        return new AccessDeniedException("Not your interview");
    }
}
