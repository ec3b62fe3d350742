package org.matchprep.programs.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.Texts;
import org.matchprep.programs.CatalogueException;
import org.matchprep.programs.Region;
import org.matchprep.programs.SelectionProfile;
import org.matchprep.programs.UsState;
import org.matchprep.season.ProgramType;

/** An applicant's profile for program selection. The limits here are the only ones. */
@Entity
@Table(name = "selection_profile")
public class ApplicantProfile {

    public static final int MAX_MONTHS = 120;
    public static final int MAX_LETTERS = 20;
    public static final int MIN_GRADUATION_YEAR = 1960;
    public static final int MAX_GRADUATION_YEAR = 2100;
    public static final int MAX_RESEARCH = 500;
    public static final int MAX_PLANNED = 300;
    public static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @Column(name = "applicant_id")
    private Long applicantId;

    @Column(name = "step2_score")
    private Integer step2Score;

    @Column(name = "exam_failure", nullable = false)
    private boolean examFailure;

    @Column(name = "us_radiology_months")
    private Integer usRadiologyMonths;

    @Column(name = "us_other_months")
    private Integer usOtherMonths;

    @Column(name = "us_letters")
    private Integer usLetters;

    @Column(name = "graduation_year")
    private Integer graduationYear;

    @Column(name = "research_items")
    private Integer researchItems;

    @Column(name = "radiology_research", nullable = false)
    private boolean radiologyResearch;

    // short lists of enum names, comma-separated: a set of at most four regions needs no table of its own
    @Column(name = "preferred_regions", nullable = false)
    private String preferredRegions;

    @Column(name = "preferred_settings", nullable = false)
    private String preferredSettings;

    @Column(name = "required_states", nullable = false)
    private String requiredStates;

    @Column(name = "constraint_note", nullable = false)
    private String constraintNote;

    @Column(name = "programs_planned")
    private Integer programsPlanned;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ApplicantProfile() {
    }

    public ApplicantProfile(long applicantId) {
        this.applicantId = applicantId;
    }

    public long applicantId() {
        return applicantId;
    }

    public long getVersion() {
        return version;
    }

    /** Replaces the profile; refuses, by {@link SelectionProfile} component, numbers out of range and unknown states. */
    public void update(SelectionProfile profile, Instant now) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        range(problems, "step2Score", "Step 2 CK score", profile.step2Score(), 1, 300);
        range(problems, "usRadiologyMonths", "Months in US radiology", profile.usRadiologyMonths(), 0, MAX_MONTHS);
        range(problems, "usOtherMonths", "Months in other US clinical work", profile.usOtherMonths(), 0, MAX_MONTHS);
        range(problems, "usLetters", "US letters", profile.usLetters(), 0, MAX_LETTERS);
        range(problems, "graduationYear", "Graduation year", profile.graduationYear(), MIN_GRADUATION_YEAR, MAX_GRADUATION_YEAR);
        range(problems, "researchItems", "Research items", profile.researchItems(), 0, MAX_RESEARCH);
        range(problems, "programsPlanned", "Programs you plan to apply to", profile.programsPlanned(), 1, MAX_PLANNED);
        String unknown = profile.requiredStates().stream().filter(code -> UsState.ofCode(code).isEmpty())
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            problems.add("requiredStates", "Not a US state's postal code: " + unknown + ".");
        }
        String note = Texts.optional(problems, "constraintNote", "Your note", profile.constraintNote(), NOTE_MAX_LENGTH);
        problems.throwIfAny(CatalogueException::new);

        this.step2Score = profile.step2Score();
        this.examFailure = profile.examFailure();
        this.usRadiologyMonths = profile.usRadiologyMonths();
        this.usOtherMonths = profile.usOtherMonths();
        this.usLetters = profile.usLetters();
        this.graduationYear = profile.graduationYear();
        this.researchItems = profile.researchItems();
        this.radiologyResearch = profile.radiologyResearch();
        this.preferredRegions = joined(profile.preferredRegions().stream().map(Enum::name).toList());
        this.preferredSettings = joined(profile.preferredSettings().stream().map(Enum::name).toList());
        this.requiredStates = joined(profile.requiredStates().stream()
                .map(code -> UsState.ofCode(code).orElseThrow().name()).toList());
        this.constraintNote = note;
        this.programsPlanned = profile.programsPlanned();
        this.updatedAt = now;
    }

    public SelectionProfile toProfile() {
        return new SelectionProfile(step2Score, examFailure, usRadiologyMonths, usOtherMonths, usLetters, graduationYear,
                researchItems, radiologyResearch, split(preferredRegions, Region::valueOf),
                split(preferredSettings, ProgramType::valueOf), split(requiredStates, Function.identity()),
                constraintNote, programsPlanned);
    }

    private static void range(InvalidInputException.Collector problems, String field, String label, Integer value,
                              int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(field, label + " must be between " + min + " and " + max + "; " + value + " is not.");
        }
    }

    private static String joined(Collection<String> names) {
        return names.stream().sorted().collect(Collectors.joining(","));
    }

    private static <T> Set<T> split(String joined, Function<String, T> parse) {
        return joined == null || joined.isEmpty() ? Set.of()
                : Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toSet());
    }
}
