package org.matchprep.season.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.Texts;
import org.matchprep.base.WebLinks;
import org.matchprep.season.Impressions;
import org.matchprep.season.InterviewPlan;
import org.matchprep.season.InterviewStatus;
import org.matchprep.season.SeasonException;

/** A real program interview: when (an instant and the program's zone), how, and what the applicant made of it. */
@Entity
@Table(name = "interview")
public class Interview {

    public static final int PLATFORM_MAX_LENGTH = 60;
    public static final int STRUCTURE_MAX_LENGTH = 2000;
    public static final int IMPRESSION_MAX_LENGTH = 2000;
    /** Impressions fade fast: after this long without any, the tracker flags the interview. */
    public static final Duration IMPRESSIONS_DUE_WITHIN = Duration.ofHours(24);

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "program_zone", nullable = false)
    private String programZone;

    @Column(nullable = false)
    private String platform;

    private String link;

    @Column(nullable = false)
    private String structure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InterviewStatus status;

    @Column(nullable = false)
    private String met;

    @Column(nullable = false)
    private String culture;

    @Column(nullable = false)
    private String teaching;

    @Column(name = "resident_happiness", nullable = false)
    private String residentHappiness;

    @Column(name = "red_flags", nullable = false)
    private String redFlags;

    @Column(nullable = false)
    private String standout;

    @Column(name = "impressions_at")
    private Instant impressionsAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Interview() {
    }

    public Interview(long applicantId, InterviewPlan plan, Instant now) {
        this.applicantId = applicantId;
        this.createdAt = now;
        recordImpressionsText(Impressions.NONE);
        replan(plan, now);
    }

    /**
     * Applies a new or changed plan; the dossier must already be known to belong to the same applicant.
     * Refuses, naming each {@link InterviewPlan} component at fault, a missing or unknown zone, a missing
     * or skipped wall-clock start, over-long text, a malformed link, and "done" before the start.
     */
    public void replan(InterviewPlan plan, Instant now) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        ZoneId zone = zone(plan.programZone(), problems);
        Instant start = start(plan.localStart(), zone, problems);
        String newPlatform = Texts.optional(problems, "platform", "Platform", plan.platform(), PLATFORM_MAX_LENGTH);
        String newLink = WebLinks.check(problems, "link", "Meeting link", plan.link());
        String newStructure = Texts.optional(problems, "structure", "Structure", plan.structure(), STRUCTURE_MAX_LENGTH);
        InterviewStatus next = plan.status() == null ? InterviewStatus.SCHEDULED : plan.status();
        if (next == InterviewStatus.DONE && start != null && start.isAfter(now)) {
            problems.add("status", "An interview can be marked done once it has started; this one starts later.");
        }
        problems.throwIfAny(SeasonException::new);
        this.startsAt = start;
        this.programZone = zone.getId();
        this.dossierId = plan.dossierId();
        this.platform = newPlatform;
        this.link = newLink;
        this.structure = newStructure;
        this.status = next;
        this.updatedAt = now;
    }

    public void recordImpressions(Impressions impressions, Instant now) {
        recordImpressionsText(impressions);
        this.impressionsAt = impressions.isEmpty() ? null : now;
        this.updatedAt = now;
    }

    // each problem is named by its Impressions component
    private void recordImpressionsText(Impressions impressions) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        String newMet = Texts.optional(problems, "met", "Who you met", impressions.met(), IMPRESSION_MAX_LENGTH);
        String newCulture = Texts.optional(problems, "culture", "Culture", impressions.culture(), IMPRESSION_MAX_LENGTH);
        String newTeaching = Texts.optional(problems, "teaching", "Teaching", impressions.teaching(), IMPRESSION_MAX_LENGTH);
        String newHappiness = Texts.optional(problems, "residentHappiness", "Resident happiness",
                impressions.residentHappiness(), IMPRESSION_MAX_LENGTH);
        String newRedFlags = Texts.optional(problems, "redFlags", "Red flags", impressions.redFlags(),
                IMPRESSION_MAX_LENGTH);
        String newStandout = Texts.optional(problems, "standout", "Standout moments", impressions.standout(),
                IMPRESSION_MAX_LENGTH);
        problems.throwIfAny(SeasonException::new);
        this.met = newMet;
        this.culture = newCulture;
        this.teaching = newTeaching;
        this.residentHappiness = newHappiness;
        this.redFlags = newRedFlags;
        this.standout = newStandout;
    }

    /** Took place (done, or simply past and not withdrawn) more than a day ago, and nothing was written. */
    public boolean impressionsOverdue(Instant now) {
        return status != InterviewStatus.WITHDRAWN && impressionsAt == null
                && startsAt.plus(IMPRESSIONS_DUE_WITHIN).isBefore(now);
    }

    /** Still ahead and not withdrawn: what the binder prints. */
    public boolean isUpcoming(Instant now) {
        return status != InterviewStatus.WITHDRAWN && status != InterviewStatus.DONE && startsAt.isAfter(now);
    }

    private static ZoneId zone(String name, InvalidInputException.Collector problems) {
        if (name == null || name.isBlank()) {
            problems.add("programZone", "Choose the program's time zone (for example America/New_York): "
                    + "without it the interview time is ambiguous.");
            return null;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException unknown) {
            problems.add("programZone", "\"" + name.strip() + "\" is not a time zone we know. Choose one from the list, "
                    + "such as America/Chicago.");
            return null;
        }
    }

    // The invitation names a wall-clock time; one that clocks skip (spring forward) is refused, not shifted.
    // Without a zone the time cannot be placed; the zone's own problem says so.
    private static Instant start(LocalDateTime local, ZoneId zone, InvalidInputException.Collector problems) {
        if (local == null) {
            problems.add("localStart", "Date and time are required.");
            return null;
        }
        if (zone == null) {
            return null;
        }
        ZonedDateTime zoned = local.atZone(zone);
        if (!zoned.toLocalDateTime().equals(local)) {
            problems.add("localStart", WALL_CLOCK.format(local) + " does not exist in " + zone.getId()
                    + " (the clocks change that night). Check the time with the program.");
            return null;
        }
        return zoned.toInstant();
    }

    public boolean isOwnedBy(long accountId) {
        return applicantId == accountId;
    }

    public Impressions impressions() {
        return new Impressions(met, culture, teaching, residentHappiness, redFlags, standout);
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public long getDossierId() {
        return dossierId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public ZoneId getProgramZone() {
        return ZoneId.of(programZone);
    }

    public String getPlatform() {
        return platform;
    }

    public String getLink() {
        return link;
    }

    public String getStructure() {
        return structure;
    }

    public InterviewStatus getStatus() {
        return status;
    }

    public Instant getImpressionsAt() {
        return impressionsAt;
    }

    public long getVersion() {
        return version;
    }
}
