package org.matchprep.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.base.InvalidInputException;
import org.matchprep.feedback.PairingService;
import org.matchprep.programs.domain.ApplicantProfile;
import org.matchprep.programs.domain.ApplicantProfileRepository;
import org.matchprep.programs.domain.CatalogueProgram;
import org.matchprep.programs.domain.CatalogueProgramRepository;
import org.matchprep.programs.domain.FitWeightsStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's selection profile and each catalogue program's fit score for it. The profile and the
 * scores are the applicant's own and their mentors' (through an active pairing); the weights are public
 * to everyone signed in, because the page explains them, and admins change them.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class FitService {

    static final int WEIGHT_LIMIT = 50;

    private final ApplicantProfileRepository profiles;
    private final CatalogueProgramRepository programs;
    private final FitWeightsStore weights;
    private final PairingService pairings;
    private final CurrentUser currentUser;
    private final Clock clock;

    FitService(ApplicantProfileRepository profiles, CatalogueProgramRepository programs, FitWeightsStore weights,
               PairingService pairings, CurrentUser currentUser, Clock clock) {
        this.profiles = profiles;
        this.programs = programs;
        this.weights = weights;
        this.pairings = pairings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FitWeightsStore.Stored weights() {
        return weights.load().orElse(new FitWeightsStore.Stored(FitWeights.DEFAULTS, 0));
    }

    /** Replaces the weights read at {@code expectedVersion}; refuses numbers out of range and crossed thresholds. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public FitWeightsStore.Stored updateWeights(FitWeights changed, long expectedVersion) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        for (var component : FitWeights.class.getRecordComponents()) {
            int value = value(changed, component);
            String name = component.getName();
            boolean threshold = name.equals("base") || name.endsWith("From") || name.equals("imgResidentsCap");
            int min = threshold ? 0 : -WEIGHT_LIMIT;
            int max = threshold ? 150 : WEIGHT_LIMIT;
            if (value < min || value > max) {
                problems.add(name, "Must be between " + min + " and " + max + "; " + value + " is not.");
            }
        }
        if (changed.targetFrom() >= changed.likelyFrom()) {
            problems.add("targetFrom", "\"Target\" must start below \"likely\" (" + changed.likelyFrom() + ").");
        }
        problems.throwIfAny(CatalogueException::new);
        if (!weights.save(changed, expectedVersion, currentUser.id(), clock.instant())) {
            throw new CatalogueException("Another admin changed the weights meanwhile; reload them first.");
        }
        return weights();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public StoredProfile myProfile() {
        return stored(currentUser.id());
    }

    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public StoredProfile saveMyProfile(SelectionProfile profile, long expectedVersion) {
        long me = currentUser.id();
        ApplicantProfile saved = profiles.findById(me).orElseGet(() -> new ApplicantProfile(me));
        if (saved.getVersion() != expectedVersion && profiles.existsById(me)) {
            throw new CatalogueException("Your profile was changed in another tab or device; reload it first.");
        }
        saved.update(profile, clock.instant());
        profiles.saveAndFlush(saved);
        return stored(me);
    }

    /** The profile of an applicant: theirs, or a mentor's they work with. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('APPLICANT', 'MENTOR')")
    public StoredProfile profileOf(long applicantId) {
        requireOwnerOrMentor(applicantId);
        return stored(applicantId);
    }

    /** Every catalogue program scored for me, best first; ties by name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<ProgramFit> myFit() {
        return fitFor(currentUser.id());
    }

    /** The same list for an applicant a mentor works with. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('APPLICANT', 'MENTOR')")
    public List<ProgramFit> fitOf(long applicantId) {
        requireOwnerOrMentor(applicantId);
        return fitFor(applicantId);
    }

    /** An applicant's fit, program id to fit; callers in this feature have checked access. */
    Map<Long, ProgramFit> fitsByProgram(long applicantId) {
        return fitFor(applicantId).stream().collect(Collectors.toMap(one -> one.program().id(), Function.identity()));
    }

    private List<ProgramFit> fitFor(long applicantId) {
        SelectionProfile profile = stored(applicantId).profile();
        FitWeights inForce = weights().weights();
        int year = LocalDate.now(clock).getYear();
        return programs.findAllByName().stream().map(CatalogueProgram::toEntry)
                .map(entry -> FitScorer.score(entry, profile, inForce, year))
                .sorted(Comparator.comparingInt(ProgramFit::score).reversed()
                        .thenComparing(fit -> fit.program().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private StoredProfile stored(long applicantId) {
        return profiles.findById(applicantId).map(profile -> new StoredProfile(profile.toProfile(), profile.getVersion()))
                .orElse(new StoredProfile(SelectionProfile.EMPTY, 0));
    }

    private void requireOwnerOrMentor(long applicantId) {
        long me = currentUser.id();
        if (me != applicantId && !pairings.isPaired(applicantId, me)) {
            throw new AccessDeniedException("Not your applicant");
        }
    }

    private static int value(FitWeights weights, java.lang.reflect.RecordComponent component) {
        try {
            return (int) component.getAccessor().invoke(weights);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
