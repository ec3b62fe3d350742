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

    public void update(ExperienceDetails details, Instant now) {
        this.title = required("Title", details.title(), TITLE_MAX_LENGTH);
        this.setting = optional("Setting", details.setting(), SETTING_MAX_LENGTH);
        this.happenedWhen = optional("When", details.when(), WHEN_MAX_LENGTH);
        this.whatHappened = optional("What happened", details.whatHappened(), WHAT_HAPPENED_MAX_LENGTH);
        this.whatItShows = optional("What it shows", details.whatItShows(), WHAT_IT_SHOWS_MAX_LENGTH);
        this.updatedAt = now;
    }

    private static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text.isEmpty()) {
            throw new InvalidAnswerException(field + " is required.");
        }
        return text;
    }

    private static String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new InvalidAnswerException(field + " has " + text.length() + " characters; the limit is " + max + ".");
        }
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
