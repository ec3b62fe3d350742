package org.matchprep.programs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.base.SpreadsheetSafe;
import org.matchprep.programs.domain.CatalogueProgramRepository;
import org.matchprep.programs.domain.Shortlist;
import org.matchprep.programs.domain.ShortlistRepository;
import org.matchprep.season.DossierDetails;
import org.matchprep.season.DossierService;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.ImgEvidence;
import org.matchprep.season.RankListService;
import org.matchprep.season.RankedProgram;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's shortlist: programs starred from the catalogue, in the applicant's order, each with its
 * fit as it stands now; one step to a dossier, and the rank list in the same order. Mentors read it
 * through the review feature once it is shared ({@link ShortlistReviews}).
 */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class ShortlistService {

    static final List<String> CSV_HEADER = List.of("Position", "Program", "Institution", "City", "State", "Setting",
            "Positions per year", "Tier", "Score", "Reasons", "Not known", "Note", "Dossier");

    private final ShortlistRepository shortlists;
    private final CatalogueProgramRepository programs;
    private final FitService fit;
    private final DossierService dossiers;
    private final RankListService rankList;
    private final CurrentUser currentUser;
    private final Clock clock;

    ShortlistService(ShortlistRepository shortlists, CatalogueProgramRepository programs, FitService fit,
                     DossierService dossiers, RankListService rankList, CurrentUser currentUser, Clock clock) {
        this.shortlists = shortlists;
        this.programs = programs;
        this.fit = fit;
        this.dossiers = dossiers;
        this.rankList = rankList;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MyShortlist myShortlist() {
        return shortlists.findByApplicantId(currentUser.id()).map(this::view).orElse(new MyShortlist(null, List.of()));
    }

    /** Adds a catalogue program at the end of my shortlist (once). */
    @Transactional
    public MyShortlist star(long programId) {
        if (!programs.existsById(programId)) {
            throw new CatalogueException("That program is no longer in the catalogue.");
        }
        long me = currentUser.id();
        Shortlist shortlist = shortlists.findByApplicantId(me).orElseGet(() -> new Shortlist(me, clock.instant()));
        shortlist.add(programId, clock.instant());
        return view(shortlists.saveAndFlush(shortlist));
    }

    @Transactional
    public MyShortlist unstar(long programId) {
        return change(shortlist -> shortlist.remove(programId, clock.instant()));
    }

    /** Moves a program one place up (towards first) or down. */
    @Transactional
    public MyShortlist move(long programId, int step) {
        return change(shortlist -> shortlist.move(programId, Integer.signum(step), clock.instant()));
    }

    @Transactional
    public MyShortlist note(long programId, String note) {
        return change(shortlist -> shortlist.note(programId, note, clock.instant()));
    }

    /**
     * Makes a dossier for a shortlisted program, filled from the catalogue (place, setting, size,
     * fellowships, dated IMG evidence), or links the dossier I already have under its name.
     */
    @Transactional
    public DossierSummary makeDossier(long programId) {
        Shortlist shortlist = mine();
        Shortlist.Entry entry = shortlist.find(programId)
                .orElseThrow(() -> new CatalogueException("That program is not on your shortlist (any more)."));
        if (entry.dossierId() != null) {
            return dossiers.dossier(entry.dossierId());
        }
        ProgramDetails program = programs.findById(programId).orElseThrow().toEntry().details();
        DossierSummary dossier = dossiers.myDossiers().stream()
                .filter(existing -> existing.name().equalsIgnoreCase(program.name())).findFirst()
                .orElseGet(() -> dossiers.create(dossierFrom(program)));
        shortlist.linkDossier(programId, dossier.id(), clock.instant());
        shortlists.saveAndFlush(shortlist);
        return dossier;
    }

    /** Orders the rank list like the shortlist, for the programs that have dossiers and past interviews. */
    @Transactional
    public List<RankedProgram> rankInShortlistOrder() {
        List<Long> dossierIds = mine().entries().stream().map(Shortlist.Entry::dossierId).filter(Objects::nonNull).toList();
        return rankList.arrange(dossierIds);
    }

    /** The shortlist with each program's fit, as CSV (with a byte-order mark, so spreadsheets keep accents). */
    @Transactional(readOnly = true)
    public String exportCsv() {
        StringWriter out = new StringWriter();
        out.write(CatalogueCsv.BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (ShortlistItem item : myShortlist().items()) {
                ProgramDetails details = item.fit().program().details();
                csv.printRecord(item.position(), SpreadsheetSafe.text(details.name()),
                        SpreadsheetSafe.text(details.institution()), SpreadsheetSafe.text(details.city()), details.state(),
                        details.setting().label(), details.positionsPerYear(), item.fit().tier().label(),
                        item.fit().score(), SpreadsheetSafe.text(FitScorer.explain(item.fit())),
                        SpreadsheetSafe.text(String.join("; ", item.fit().unknowns())), SpreadsheetSafe.text(item.note()),
                        item.dossierId() == null ? "no" : "yes");
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** The shortlist with each program's reasons, as a PDF to print or send. */
    @Transactional(readOnly = true)
    public byte[] exportPdf() {
        return ShortlistPdf.of(myShortlist(), fit.weights().weights());
    }

    private MyShortlist change(Consumer<Shortlist> change) {
        Shortlist shortlist = mine();
        change.accept(shortlist);
        return view(shortlists.saveAndFlush(shortlist));
    }

    private Shortlist mine() {
        return shortlists.findByApplicantId(currentUser.id())
                .orElseThrow(() -> new CatalogueException("Your shortlist is empty: star programs on the program fit page."));
    }

    private MyShortlist view(Shortlist shortlist) {
        Map<Long, ProgramFit> fits = fit.fitsByProgram(shortlist.getApplicantId());
        List<ShortlistItem> items = new ArrayList<>();
        for (Shortlist.Entry entry : shortlist.entries()) {
            ProgramFit programFit = fits.get(entry.programId());
            if (programFit != null) {
                items.add(new ShortlistItem(items.size() + 1, programFit, entry.note(), entry.dossierId(), entry.addedAt()));
            }
        }
        return new MyShortlist(shortlist.getId(), items);
    }

    static DossierDetails dossierFrom(ProgramDetails program) {
        List<ImgEvidence> evidence = new ArrayList<>();
        program.latestImgCount().ifPresent(latest -> evidence.add(new ImgEvidence(latest.getValue()
                + " resident(s) in " + latest.getKey() + " trained abroad" + checked(program.imgResidentsSource()),
                program.imgResidentsSource().url())));
        if (!program.statement().isEmpty()) {
            evidence.add(new ImgEvidence("Statement: " + program.statement() + checked(program.statementSource()),
                    program.statementSource().url()));
        }
        if (program.matchListSource().url() != null) {
            evidence.add(new ImgEvidence("Match list" + checked(program.matchListSource()), program.matchListSource().url()));
        }
        return new DossierDetails(program.name(), program.city(), program.state(), program.setting(),
                program.positionsPerYear() + " positions a year" + (program.preliminaryYearAttached()
                        ? ", preliminary year attached" : ""), program.fellowships(), "", "", "", "", evidence, List.of());
    }

    private static String checked(Source source) {
        return source.checkedOn() == null ? "" : " (checked " + source.checkedOn() + ")";
    }
}
