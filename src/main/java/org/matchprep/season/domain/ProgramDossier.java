package org.matchprep.season.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.Texts;
import org.matchprep.base.WebLinks;
import org.matchprep.season.DossierDetails;
import org.matchprep.season.DossierSummary;
import org.matchprep.season.ImgEvidence;
import org.matchprep.season.ProgramType;
import org.matchprep.season.SeasonException;

/** What an applicant knows and wants to say about one program. The limits here are the only ones. */
@Entity
@Table(name = "program_dossier")
public class ProgramDossier {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int PLACE_MAX_LENGTH = 100;
    public static final int SIZE_MAX_LENGTH = 200;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final int EVIDENCE_TEXT_MAX_LENGTH = 1000;
    public static final int MAX_EVIDENCE = 10;
    public static final int TALKING_POINT_MAX_LENGTH = 1000;
    public static final int MAX_TALKING_POINTS = 3;
    public static final int SUGGESTED_TALKING_POINTS = 2;
    public static final int MAX_FIT_REASONS = 2;
    /** More programs than anyone interviews at in one season. */
    private static final int LISTS_LOADED_AT_ONCE = 200;

    // the DossierDetails components whose elements are named in refusals: imgEvidence[0].url, talkingPoints[1]
    private static final String EVIDENCE = "imgEvidence";
    private static final String TALKING_POINTS = "talkingPoints";
    private static final String FIT_REASONS = "fitReasons";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false)
    private String state;

    @Enumerated(EnumType.STRING)
    @Column(name = "program_type", nullable = false, length = 20)
    private ProgramType type;

    @Column(nullable = false)
    private String size;

    @Column(nullable = false)
    private String fellowships;

    @Column(nullable = false)
    private String strengths;

    @Column(nullable = false)
    private String faculty;

    @Column(nullable = false)
    private String facilities;

    @Column(name = "teaching_structure", nullable = false)
    private String teachingStructure;

    // a list of dossiers loads its lists in one statement per list, not one per dossier
    @ElementCollection
    @BatchSize(size = LISTS_LOADED_AT_ONCE)
    @CollectionTable(name = "program_dossier_evidence", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = LISTS_LOADED_AT_ONCE)
    @CollectionTable(name = "program_dossier_talking_point", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> talkingPoints = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = LISTS_LOADED_AT_ONCE)
    @CollectionTable(name = "program_dossier_fit_reason", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> fitReasons = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ProgramDossier() {
    }

    public ProgramDossier(long applicantId, DossierDetails details, Instant now) {
        this.applicantId = applicantId;
        this.createdAt = now;
        update(details, now);
    }

    /**
     * Replaces everything the applicant wrote; refuses, naming each field at fault by its
     * {@link DossierDetails} component, a blank name or type, text over the limits and malformed links.
     */
    public void update(DossierDetails details, Instant now) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        String newName = Texts.required(problems, "name", "Program name", details.name(), NAME_MAX_LENGTH);
        String newCity = Texts.optional(problems, "city", "City", details.city(), PLACE_MAX_LENGTH);
        String newState = Texts.optional(problems, "state", "State", details.state(), PLACE_MAX_LENGTH);
        if (details.type() == null) {
            problems.add("type", "Program type is required: academic, community or hybrid.");
        }
        String newSize = Texts.optional(problems, "size", "Size", details.size(), SIZE_MAX_LENGTH);
        String newFellowships = Texts.optional(problems, "fellowships", "Fellowships", details.fellowships(),
                NOTES_MAX_LENGTH);
        String newStrengths = Texts.optional(problems, "strengths", "Strengths", details.strengths(), NOTES_MAX_LENGTH);
        String newFaculty = Texts.optional(problems, "faculty", "Faculty", details.faculty(), NOTES_MAX_LENGTH);
        String newFacilities = Texts.optional(problems, "facilities", "Facilities", details.facilities(), NOTES_MAX_LENGTH);
        String newTeaching = Texts.optional(problems, "teachingStructure", "Teaching structure",
                details.teachingStructure(), NOTES_MAX_LENGTH);
        List<Evidence> newEvidence = checkedEvidence(details.imgEvidence(), problems);
        List<String> newPoints = checkedTalkingPoints(details.talkingPoints(), problems);
        List<String> newFit = checkedFitReasons(details.fitReasons(), problems);
        problems.throwIfAny(SeasonException::new);
        this.name = newName;
        this.city = newCity;
        this.state = newState;
        this.type = details.type();
        this.size = newSize;
        this.fellowships = newFellowships;
        this.strengths = newStrengths;
        this.faculty = newFaculty;
        this.facilities = newFacilities;
        this.teachingStructure = newTeaching;
        evidence.clear();
        evidence.addAll(newEvidence);
        talkingPoints.clear();
        talkingPoints.addAll(newPoints);
        fitReasons.clear();
        fitReasons.addAll(newFit);
        this.updatedAt = now;
    }

    private static List<Evidence> checkedEvidence(List<ImgEvidence> entries, InvalidInputException.Collector problems) {
        List<Evidence> checked = new ArrayList<>();
        // numbered by the row as entered (blank rows included), so a message points at the row the form shows
        for (int i = 0; i < entries.size(); i++) {
            ImgEvidence entry = entries.get(i);
            if (entry.text().isEmpty() && entry.url() == null) {
                continue;
            }
            String label = "IMG evidence " + (i + 1);
            String text = Texts.required(problems, FieldError.element(EVIDENCE, i, "text"), label, entry.text(),
                    EVIDENCE_TEXT_MAX_LENGTH);
            String url = WebLinks.check(problems, FieldError.element(EVIDENCE, i, "url"), label + " link", entry.url());
            checked.add(new Evidence(text, url));
        }
        if (checked.size() > MAX_EVIDENCE) {
            problems.add(EVIDENCE, "A dossier keeps at most " + MAX_EVIDENCE + " pieces of IMG evidence; "
                    + "keep the strongest.");
        }
        return checked;
    }

    private static List<String> checkedTalkingPoints(List<String> points, InvalidInputException.Collector problems) {
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String point = points.get(i);
            if (point == null || point.isBlank()) {
                continue;
            }
            checked.add(Texts.optional(problems, FieldError.element(TALKING_POINTS, i), "Talking point " + (i + 1), point,
                    TALKING_POINT_MAX_LENGTH));
        }
        if (checked.size() > MAX_TALKING_POINTS) {
            problems.add(TALKING_POINTS, "Keep " + SUGGESTED_TALKING_POINTS + " or " + MAX_TALKING_POINTS
                    + " \"why this program\" talking points; " + checked.size() + " are too many to say in an interview.");
        }
        return checked;
    }

    private static List<String> checkedFitReasons(List<String> reasons, InvalidInputException.Collector problems) {
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.get(i);
            if (reason == null || reason.isBlank()) {
                continue;
            }
            checked.add(Texts.optional(problems, FieldError.element(FIT_REASONS, i), "Reason you fit " + (i + 1), reason,
                    TALKING_POINT_MAX_LENGTH));
        }
        if (checked.size() > MAX_FIT_REASONS) {
            problems.add(FIT_REASONS, "Keep 1 or " + MAX_FIT_REASONS + " reasons you fit; " + checked.size()
                    + " are too many to say in an interview.");
        }
        return checked;
    }

    public boolean isOwnedBy(long accountId) {
        return applicantId == accountId;
    }

    public DossierDetails toDetails() {
        return new DossierDetails(name, city, state, type, size, fellowships, strengths, faculty, facilities,
                teachingStructure, evidence.stream().map(entry -> new ImgEvidence(entry.text, entry.url)).toList(),
                List.copyOf(talkingPoints), List.copyOf(fitReasons));
    }

    public DossierSummary toSummary() {
        return new DossierSummary(id, toDetails(), version, updatedAt);
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public String getName() {
        return name;
    }

    /** "City, ST" as the details put it, without loading the dossier's lists. */
    public String location() {
        return DossierDetails.named(name, city, state, type).location();
    }

    public long getVersion() {
        return version;
    }

    @Embeddable
    static class Evidence {

        @Column(name = "text", nullable = false)
        private String text;

        @Column(name = "url")
        private String url;

        protected Evidence() {
        }

        Evidence(String text, String url) {
            this.text = text;
            this.url = url;
        }
    }
}
