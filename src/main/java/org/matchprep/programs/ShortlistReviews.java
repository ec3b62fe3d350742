package org.matchprep.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.programs.domain.ApplicantProfile;
import org.matchprep.programs.domain.ApplicantProfileRepository;
import org.matchprep.programs.domain.CatalogueProgram;
import org.matchprep.programs.domain.CatalogueProgramRepository;
import org.matchprep.programs.domain.FitWeightsStore;
import org.matchprep.programs.domain.Shortlist;
import org.matchprep.programs.domain.ShortlistRepository;
import org.matchprep.review.ReviewSubject;
import org.matchprep.review.ReviewSubject.Part;
import org.matchprep.review.ReviewableKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shortlists as shareable items: one part per program, in the applicant's order, with its place, tier,
 * score, reasons and the applicant's note, so a mentor can comment on a program or a reason. No
 * revisions: threads are found again in the current text. The review feature decides access first.
 */
@Component
class ShortlistReviews implements ReviewableKind {

    static final String TYPE = "shortlist";

    private final ShortlistRepository shortlists;
    private final CatalogueProgramRepository programs;
    private final ApplicantProfileRepository profiles;
    private final FitWeightsStore weights;
    private final Clock clock;

    ShortlistReviews(ShortlistRepository shortlists, CatalogueProgramRepository programs,
                     ApplicantProfileRepository profiles, FitWeightsStore weights, Clock clock) {
        this.shortlists = shortlists;
        this.programs = programs;
        this.profiles = profiles;
        this.weights = weights;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String noun() {
        return "shortlist";
    }

    /** Shortlists with entries, their programs (and year counts, batched), their owners' profiles, the weights. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReviewSubject> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Shortlist> found = shortlists.withEntries(ids);
        Set<Long> programIds = found.stream().flatMap(shortlist -> shortlist.entries().stream())
                .map(Shortlist.Entry::programId).collect(Collectors.toSet());
        Map<Long, CatalogueEntry> programsById = programs.findAllById(programIds).stream().map(CatalogueProgram::toEntry)
                .collect(Collectors.toMap(CatalogueEntry::id, Function.identity()));
        Map<Long, SelectionProfile> profilesByOwner = profiles.findAllById(
                        found.stream().map(Shortlist::getApplicantId).toList()).stream()
                .collect(Collectors.toMap(profile -> profile.applicantId(), ApplicantProfile::toProfile));
        FitWeights inForce = weights.load().map(FitWeightsStore.Stored::weights).orElse(FitWeights.DEFAULTS);
        int year = LocalDate.now(clock).getYear();
        return found.stream().map(shortlist -> subject(shortlist, programsById,
                profilesByOwner.getOrDefault(shortlist.getApplicantId(), SelectionProfile.EMPTY), inForce, year)).toList();
    }

    private static ReviewSubject subject(Shortlist shortlist, Map<Long, CatalogueEntry> programs, SelectionProfile profile,
                                         FitWeights weights, int year) {
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (Shortlist.Entry entry : shortlist.entries()) {
            CatalogueEntry program = programs.get(entry.programId());
            if (program == null) {
                continue;
            }
            ProgramFit fit = FitScorer.score(program, profile, weights, year);
            ProgramDetails details = program.details();
            StringBuilder text = new StringBuilder(details.city() + ", " + details.state() + " · "
                    + details.setting().label() + " · " + fit.tier().label() + ", " + fit.score());
            fit.factors().forEach(factor -> text.append('\n').append(factor.sentence()));
            if (!entry.note().isEmpty()) {
                text.append("\nNote: ").append(entry.note());
            }
            parts.add(new Part("program-" + entry.programId(), ++position + ". " + details.name(), text.toString()));
        }
        return new ReviewSubject(shortlist.getId(), shortlist.getApplicantId(), "Program shortlist", "Shortlist",
                shortlist.getUpdatedAt(), parts, null, "programs/shortlist");
    }
}
