package org.matchprep.answers.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.answers.ExperienceDetails;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.TextRules;

/** A concrete case or experience an applicant reuses across answers. */
@Entity
@Table(name = "experience")
public class Experience {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SETTING_MAX_LENGTH = 200;
    public static final int WHEN_MAX_LENGTH = 100;
    public static final int WHAT_HAPPENED_MAX_LENGTH = 5000;
    public static final int WHAT_IT_SHOWS_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String setting;

    @Column(name = "happened_when", nullable = false)
    private String happenedWhen;

    @Column(name = "what_happened", nullable = false)
    private String whatHappened;

    @Column(name = "what_it_shows", nullable = false)
    private String whatItShows;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Experience() {
    }

    public Experience(long applicantId, ExperienceDetails details, Instant now) {
        this.applicantId = applicantId;
        this.createdAt = now;
        update(details, now);
    }

    /** Replaces every field; refuses a blank title and text over the limits, naming each field at fault. */
    public void update(ExperienceDetails details, Instant now) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        String newTitle = optional(problems, "title", "Title", details.title(), TITLE_MAX_LENGTH);
        if (newTitle.isEmpty()) {
            problems.add("title", "Title is required.");
        }
        String newSetting = optional(problems, "setting", "Setting", details.setting(), SETTING_MAX_LENGTH);
        String newWhen = optional(problems, "when", "When", details.when(), WHEN_MAX_LENGTH);
        String newWhatHappened = optional(problems, "whatHappened", "What happened", details.whatHappened(),
                WHAT_HAPPENED_MAX_LENGTH);
        String newWhatItShows = optional(problems, "whatItShows", "What it shows", details.whatItShows(),
                WHAT_IT_SHOWS_MAX_LENGTH);
        problems.throwIfAny(InvalidAnswerException::new);
        this.title = newTitle;
        this.setting = newSetting;
        this.happenedWhen = newWhen;
        this.whatHappened = newWhatHappened;
        this.whatItShows = newWhatItShows;
        this.updatedAt = now;
    }

    // field is the ExperienceDetails component, label the word the message starts with
    private static String optional(InvalidInputException.Collector problems, String field, String label, String value,
                                   int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            problems.add(field, label + " has " + text.length() + " characters; the limit is " + max + ".");
        }
        TextRules.checkControlCharacters(problems, field, label, text);
        return text;
    }

    public boolean isOwnedBy(long accountId) {
        return applicantId == accountId;
    }

    public ExperienceDetails toDetails() {
        return new ExperienceDetails(title, setting, happenedWhen, whatHappened, whatItShows);
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public String getTitle() {
        return title;
    }

    public long getVersion() {
        return version;
    }
}
