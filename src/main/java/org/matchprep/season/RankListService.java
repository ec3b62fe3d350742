package org.matchprep.season;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.matchprep.account.AccountService;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.base.SpreadsheetSafe;
import org.matchprep.season.domain.RankEntry;
import org.matchprep.season.domain.RankEntryRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's rank list: the programs they have interviewed at (an interview that has started and
 * was not withdrawn), in their chosen order. Newly interviewed programs join at the bottom.
 */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class RankListService {

    public static final List<String> CSV_HEADER = List.of("Rank", "Program", "Location", "Interviewed",
            "Who you met", "Culture", "Teaching", "Resident happiness", "Red flags", "Standout moments");

    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final RankEntryRepository entries;
    private final InterviewService interviews;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    RankListService(RankEntryRepository entries, InterviewService interviews, AccountService accounts,
                    CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.interviews = interviews;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RankedProgram> rankList() {
        Map<Long, InterviewSummary> interviewed = interviewed();
        List<Long> order = order(interviewed);
        List<RankedProgram> ranked = new ArrayList<>();
        for (Long dossierId : order) {
            InterviewSummary latest = interviewed.get(dossierId);
            ranked.add(new RankedProgram(ranked.size() + 1, dossierId, latest.programName(), latest.location(),
                    latest.startsAt(), latest.impressions()));
        }
        return ranked;
    }

    /** Moves a program one place up (towards first choice); the first stays first. */
    @Transactional
    public List<RankedProgram> moveUp(long dossierId) {
        return move(dossierId, -1);
    }

    /** Moves a program one place down; the last stays last. */
    @Transactional
    public List<RankedProgram> moveDown(long dossierId) {
        return move(dossierId, +1);
    }

    /**
     * Puts the interviewed programs in the order of {@code dossierIds} (a shortlist's order, say); programs
     * the list does not name keep their order after them, and ids of programs not interviewed are skipped.
     */
    @Transactional
    public List<RankedProgram> arrange(List<Long> dossierIds) {
        Map<Long, InterviewSummary> interviewed = interviewed();
        List<Long> order = new ArrayList<>();
        dossierIds.stream().filter(interviewed::containsKey).distinct().forEach(order::add);
        order(interviewed).stream().filter(id -> !order.contains(id)).forEach(order::add);
        save(order);
        return rankList();
    }

    /** The rank list as CSV; only the header when nothing has been interviewed yet. */
    @Transactional(readOnly = true)
    public String exportCsv() {
        java.time.ZoneId zone = accounts.myAccount().timeZone();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (RankedProgram program : rankList()) {
                Impressions seen = program.impressions();
                csv.printRecord(program.rank(), SpreadsheetSafe.text(program.programName()),
                        SpreadsheetSafe.text(program.location()), CSV_DATE.format(program.interviewedAt().atZone(zone)),
                        SpreadsheetSafe.text(seen.met()), SpreadsheetSafe.text(seen.culture()),
                        SpreadsheetSafe.text(seen.teaching()), SpreadsheetSafe.text(seen.residentHappiness()),
                        SpreadsheetSafe.text(seen.redFlags()), SpreadsheetSafe.text(seen.standout()));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private List<RankedProgram> move(long dossierId, int step) {
        Map<Long, InterviewSummary> interviewed = interviewed();
        List<Long> order = new ArrayList<>(order(interviewed));
        int from = order.indexOf(dossierId);
        if (from < 0) {
            // someone else's dossier, or one of mine without a past interview: same refusal shape as elsewhere
            if (interviews.myInterviews().stream().noneMatch(interview -> interview.dossierId() == dossierId)) {
                throw DossierService.notYours();
            }
            throw new SeasonException("Only programs you have interviewed at can be ranked.");
        }
        int to = Math.max(0, Math.min(order.size() - 1, from + step));
        order.add(to, order.remove(from));
        save(order);
        return rankList();
    }

    private void save(List<Long> order) {
        long me = currentUser.id();
        entries.deleteByApplicant(me);
        for (int i = 0; i < order.size(); i++) {
            entries.save(new RankEntry(me, order.get(i), i));
        }
        entries.flush();
    }

    /** Saved order first (programs still interviewed), then newcomers by interview date. */
    private List<Long> order(Map<Long, InterviewSummary> interviewed) {
        List<Long> order = new ArrayList<>();
        for (RankEntry entry : entries.findByApplicantIdOrderByPositionAsc(currentUser.id())) {
            if (interviewed.containsKey(entry.getDossierId())) {
                order.add(entry.getDossierId());
            }
        }
        interviewed.values().stream().sorted(Comparator.comparing(InterviewSummary::startsAt))
                .map(InterviewSummary::dossierId).filter(id -> !order.contains(id)).forEach(order::add);
        return order;
    }

    /** Each interviewed program with its latest interview that has started and was not withdrawn. */
    private Map<Long, InterviewSummary> interviewed() {
        Instant now = clock.instant();
        Map<Long, InterviewSummary> latest = new LinkedHashMap<>();
        for (InterviewSummary interview : interviews.myInterviews()) {
            if (interview.status() != InterviewStatus.WITHDRAWN && !interview.startsAt().isAfter(now)) {
                latest.put(interview.dossierId(), interview);
            }
        }
        return latest;
    }
}
