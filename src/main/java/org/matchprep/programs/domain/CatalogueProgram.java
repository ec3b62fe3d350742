package org.matchprep.programs.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.Texts;
import org.matchprep.base.WebLinks;
import org.matchprep.programs.CatalogueEntry;
import org.matchprep.programs.CatalogueException;
import org.matchprep.programs.ProgramDetails;
import org.matchprep.programs.Source;
import org.matchprep.programs.UsState;
import org.matchprep.season.ProgramType;

/** One residency program in the office's catalogue. The limits and rules here are the only ones. */
@Entity
@Table(name = "catalogue_program")
public class CatalogueProgram {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int PLACE_MAX_LENGTH = 100;
    public static final int FELLOWSHIPS_MAX_LENGTH = 1000;
    public static final int STATEMENT_MAX_LENGTH = 1000;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final int MIN_POSITIONS = 1;
    public static final int MAX_POSITIONS = 60;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_IMG_RESIDENTS = 300;
    public static final int MAX_YEARS_SINCE_GRADUATION = 40;
    /** USMLE Step 2 CK scores run from 1 to 300; programs that state a minimum state one in this band. */
    public static final int MIN_STEP2_SCORE = 200;
    public static final int MAX_STEP2_SCORE = 300;
    public static final int MAX_CLINICAL_MONTHS = 36;
    private static final int LISTS_LOADED_AT_ONCE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String institution;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false, length = 2)
    private String state;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgramType setting;

    @Column(name = "positions_per_year", nullable = false)
    private int positionsPerYear;

    @Column(name = "preliminary_year_attached", nullable = false)
    private boolean preliminaryYearAttached;

    @Column(nullable = false)
    private String fellowships;

    // a page of programs loads its year counts in one statement, not one per program
    @ElementCollection
    @BatchSize(size = LISTS_LOADED_AT_ONCE)
    @CollectionTable(name = "catalogue_program_img_residents", joinColumns = @JoinColumn(name = "program_id"))
    @MapKeyColumn(name = "academic_year")
    @Column(name = "img_residents", nullable = false)
    private Map<Integer, Integer> imgResidentsByYear = new TreeMap<>();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "url", column = @Column(name = "img_residents_source")),
            @AttributeOverride(name = "checkedOn", column = @Column(name = "img_residents_checked_on"))})
    private Evidence imgResidentsSource = new Evidence();

    @Column(nullable = false)
    private String statement;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "url", column = @Column(name = "statement_source")),
            @AttributeOverride(name = "checkedOn", column = @Column(name = "statement_checked_on"))})
    private Evidence statementSource = new Evidence();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "url", column = @Column(name = "match_list_source")),
            @AttributeOverride(name = "checkedOn", column = @Column(name = "match_list_checked_on"))})
    private Evidence matchListSource = new Evidence();

    @Column(name = "max_years_since_graduation")
    private Integer maxYearsSinceGraduation;

    @Column(name = "min_step2_score")
    private Integer minStep2Score;

    @Column(name = "min_us_clinical_months")
    private Integer minUsClinicalMonths;

    @Column(nullable = false)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CatalogueProgram() {
    }

    public CatalogueProgram(ProgramDetails details, Instant now, LocalDate today) {
        this.createdAt = now;
        update(details, now, today);
    }

    /** The key under which two names are the same program: letter case and spacing do not count. */
    public static String nameKey(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Replaces everything; refuses, naming each field at fault by its {@link ProgramDetails} component,
     * anything out of range, an unknown state or zone, a link that is not http(s), and evidence without
     * its source and the date it was checked.
     */
    public void update(ProgramDetails details, Instant now, LocalDate today) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        String newName = Texts.required(problems, "name", "Program name", details.name(), NAME_MAX_LENGTH);
        String newInstitution = Texts.optional(problems, "institution", "Institution", details.institution(), NAME_MAX_LENGTH);
        String newCity = Texts.required(problems, "city", "City", details.city(), PLACE_MAX_LENGTH);
        UsState newState = UsState.ofCode(details.state()).orElse(null);
        if (newState == null) {
            problems.add("state", details.state() == null || details.state().isBlank()
                    ? "State is required: its two-letter postal code, such as IL."
                    : "State \"" + details.state().strip() + "\" is not a US state's postal code, such as IL or NY.");
        }
        String newZone = zone(problems, details.timeZone());
        if (details.setting() == null) {
            problems.add("setting", "Setting is required: academic, community or hybrid.");
        }
        Integer positions = details.positionsPerYear();
        if (positions == null) {
            problems.add("positionsPerYear", "Positions per year is required.");
        } else {
            range(problems, "positionsPerYear", "Positions per year", positions, MIN_POSITIONS, MAX_POSITIONS);
        }
        String newFellowships = Texts.optional(problems, "fellowships", "Fellowships", details.fellowships(), FELLOWSHIPS_MAX_LENGTH);
        Map<Integer, Integer> newCounts = imgCounts(problems, details.imgResidentsByYear());
        Evidence newImgSource = evidence(problems, "imgResidentsSource", "The IMG residents' source",
                details.imgResidentsSource(), !newCounts.isEmpty(), today);
        String newStatement = Texts.optional(problems, "statement", "Statement", details.statement(), STATEMENT_MAX_LENGTH);
        Evidence newStatementSource = evidence(problems, "statementSource", "The statement's source",
                details.statementSource(), !newStatement.isEmpty(), today);
        Evidence newMatchList = evidence(problems, "matchListSource", "The match list",
                details.matchListSource(), false, today);
        if (details.maxYearsSinceGraduation() != null) {
            range(problems, "maxYearsSinceGraduation", "Years since graduation", details.maxYearsSinceGraduation(),
                    0, MAX_YEARS_SINCE_GRADUATION);
        }
        if (details.minStep2Score() != null) {
            range(problems, "minStep2Score", "Minimum Step 2 CK score", details.minStep2Score(), MIN_STEP2_SCORE,
                    MAX_STEP2_SCORE);
        }
        if (details.minUsClinicalMonths() != null) {
            range(problems, "minUsClinicalMonths", "Months of US clinical experience", details.minUsClinicalMonths(),
                    0, MAX_CLINICAL_MONTHS);
        }
        String newNotes = Texts.optional(problems, "notes", "Notes", details.notes(), NOTES_MAX_LENGTH);
        problems.throwIfAny(CatalogueException::new);

        this.name = newName.replaceAll("\\s+", " ");
        this.institution = newInstitution;
        this.city = newCity;
        this.state = newState.name();
        this.timeZone = newZone;
        this.setting = details.setting();
        this.positionsPerYear = positions;
        this.preliminaryYearAttached = details.preliminaryYearAttached();
        this.fellowships = newFellowships;
        this.imgResidentsByYear.clear();
        this.imgResidentsByYear.putAll(newCounts);
        this.imgResidentsSource = newImgSource;
        this.statement = newStatement;
        this.statementSource = newStatementSource;
        this.matchListSource = newMatchList;
        this.maxYearsSinceGraduation = details.maxYearsSinceGraduation();
        this.minStep2Score = details.minStep2Score();
        this.minUsClinicalMonths = details.minUsClinicalMonths();
        this.notes = newNotes;
        this.updatedAt = now;
    }

    public CatalogueEntry toEntry() {
        return new CatalogueEntry(id, version, new ProgramDetails(name, institution, city, state, timeZone, setting,
                positionsPerYear, preliminaryYearAttached, fellowships, imgResidentsByYear, Evidence.source(imgResidentsSource),
                statement, Evidence.source(statementSource), Evidence.source(matchListSource), maxYearsSinceGraduation,
                minStep2Score, minUsClinicalMonths, notes), updatedAt);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    private static String zone(InvalidInputException.Collector problems, String value) {
        if (value == null || value.isBlank()) {
            problems.add("timeZone", "Time zone is required, such as America/Chicago.");
            return null;
        }
        String id = value.strip();
        try {
            // region ids only ("America/Chicago"): an offset such as -06:00 ignores daylight saving time
            if (ZoneId.getAvailableZoneIds().contains(id)) {
                return ZoneId.of(id).getId();
            }
        } catch (DateTimeException unknown) {
            // reported below
        }
        problems.add("timeZone", "Time zone \"" + id + "\" is not a known zone; use a name such as America/Chicago.");
        return null;
    }

    private static void range(InvalidInputException.Collector problems, String field, String label, int value, int min,
                              int max) {
        if (value < min || value > max) {
            problems.add(field, label + " must be between " + min + " and " + max + "; " + value + " is not.");
        }
    }

    private static Map<Integer, Integer> imgCounts(InvalidInputException.Collector problems, Map<Integer, Integer> counts) {
        Map<Integer, Integer> checked = new TreeMap<>();
        counts.forEach((year, count) -> {
            if (year < MIN_YEAR || year > MAX_YEAR) {
                problems.add("imgResidentsByYear", "Academic year " + year + " is not between " + MIN_YEAR + " and "
                        + MAX_YEAR + ".");
            } else if (count == null || count < 0 || count > MAX_IMG_RESIDENTS) {
                problems.add("imgResidentsByYear", "IMG residents in " + year + " must be between 0 and "
                        + MAX_IMG_RESIDENTS + ".");
            } else {
                checked.put(year, count);
            }
        });
        return checked;
    }

    private static Evidence evidence(InvalidInputException.Collector problems, String field, String label, Source source,
                                     boolean required, LocalDate today) {
        String link = WebLinks.check(problems, field, label, source.url());
        if (required && link == null) {
            problems.add(field, label + " is required: a link where someone can check it.");
        }
        if (link != null && source.checkedOn() == null) {
            problems.add(field, label + " needs the date it was checked.");
        }
        if (link == null && source.checkedOn() != null) {
            problems.add(field, label + " has a date checked but no link.");
        }
        if (source.checkedOn() != null && source.checkedOn().isAfter(today.plusDays(1))) {
            problems.add(field, label + " was checked on " + source.checkedOn()
                    + ", which is in the future.");
        }
        return new Evidence(link, source.checkedOn());
    }

    /** A source link and the day it was checked, as columns of the program's row. */
    @Embeddable
    static class Evidence {

        @Column(length = WebLinks.MAX_LENGTH)
        private String url;

        private LocalDate checkedOn;

        protected Evidence() {
        }

        Evidence(String url, LocalDate checkedOn) {
            this.url = url;
            this.checkedOn = checkedOn;
        }

        /** Hibernate loads an embedded value whose columns are all null as null. */
        static Source source(Evidence evidence) {
            return evidence == null ? Source.NONE : new Source(evidence.url, evidence.checkedOn);
        }
    }
}
