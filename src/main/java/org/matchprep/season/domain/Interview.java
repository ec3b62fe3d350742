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

    /** Applies a new or changed plan; the dossier must already be known to belong to the same applicant. */
    public void replan(InterviewPlan plan, Instant now) {
        ZoneId zone = zone(plan.programZone());
        this.startsAt = start(plan.localStart(), zone);
        this.programZone = zone.getId();
        this.dossierId = plan.dossierId();
        this.platform = Texts.optional("Platform", plan.platform(), PLATFORM_MAX_LENGTH);
        this.link = WebLinks.check("Meeting link", plan.link());
        this.structure = Texts.optional("Structure", plan.structure(), STRUCTURE_MAX_LENGTH);
        InterviewStatus next = plan.status() == null ? InterviewStatus.SCHEDULED : plan.status();
        if (next == InterviewStatus.DONE && startsAt.isAfter(now)) {
            throw new SeasonException("An interview can be marked done once it has started; this one starts later.");
        }
        this.status = next;
        this.updatedAt = now;
    }

    public void recordImpressions(Impressions impressions, Instant now) {
        recordImpressionsText(impressions);
        this.impressionsAt = impressions.isEmpty() ? null : now;
        this.updatedAt = now;
    }

    private void recordImpressionsText(Impressions impressions) {
        this.met = Texts.optional("Who you met", impressions.met(), IMPRESSION_MAX_LENGTH);
        this.culture = Texts.optional("Culture", impressions.culture(), IMPRESSION_MAX_LENGTH);
        this.teaching = Texts.optional("Teaching", impressions.teaching(), IMPRESSION_MAX_LENGTH);
        this.residentHappiness = Texts.optional("Resident happiness", impressions.residentHappiness(), IMPRESSION_MAX_LENGTH);
        this.redFlags = Texts.optional("Red flags", impressions.redFlags(), IMPRESSION_MAX_LENGTH);
        this.standout = Texts.optional("Standout moments", impressions.standout(), IMPRESSION_MAX_LENGTH);
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

    static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            throw new SeasonException("Choose the program's time zone (for example America/New_York): "
                    + "without it the interview time is ambiguous.");
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException unknown) {
            throw new SeasonException("\"" + name.strip() + "\" is not a time zone we know. Choose one from the list, "
                    + "such as America/Chicago.");
        }
    }

    // The invitation names a wall-clock time; one that clocks skip (spring forward) is refused, not shifted.
    private static Instant start(LocalDateTime local, ZoneId zone) {
        if (local == null) {
            throw new SeasonException("Date and time are required.");
        }
        ZonedDateTime zoned = local.atZone(zone);
        if (!zoned.toLocalDateTime().equals(local)) {
            throw new SeasonException(WALL_CLOCK.format(local) + " does not exist in " + zone.getId()
                    + " (the clocks change that night). Check the time with the program.");
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
