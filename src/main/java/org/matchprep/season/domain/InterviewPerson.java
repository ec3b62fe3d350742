package org.matchprep.season.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.Texts;
import org.matchprep.season.PersonNote;
import org.matchprep.season.SeasonException;
import org.matchprep.season.ThankYouNote;

/**
 * Someone the applicant met at an interview, and the thank-you note drafted for them. The app never sends
 * it: the applicant copies it out, sends it themselves, and records the day here.
 */
@Entity
@Table(name = "interview_person")
public class InterviewPerson {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int ROLE_MAX_LENGTH = 120;
    public static final int SPECIFIC_MAX_LENGTH = 300;
    public static final int NOTE_MAX_LENGTH = 3000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false)
    private long interviewId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String role;

    @Column(name = "specific_thing", nullable = false)
    private String specificThing;

    @Column(nullable = false)
    private String note;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected InterviewPerson() {
    }

    public InterviewPerson(long interviewId, int position, PersonNote person, Instant now) {
        this.interviewId = interviewId;
        this.position = position;
        this.createdAt = now;
        write(person, now);
    }

    /** Replaces name, role, the specific thing and the note; each problem is named by its {@link PersonNote} component. */
    public void write(PersonNote person, Instant now) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        String newName = Texts.required(problems, "name", "Name", person.name(), NAME_MAX_LENGTH);
        String newRole = Texts.optional(problems, "role", "Role", person.role(), ROLE_MAX_LENGTH);
        String newSpecific = Texts.optional(problems, "specificThing", "Something specific you discussed",
                person.specificThing(), SPECIFIC_MAX_LENGTH);
        String newNote = Texts.optional(problems, "note", "Thank-you note", person.note(), NOTE_MAX_LENGTH);
        problems.throwIfAny(SeasonException::new);
        this.name = newName;
        this.role = newRole;
        this.specificThing = newSpecific;
        this.note = newNote;
        this.updatedAt = now;
    }

    /** Records the day the applicant sent the note; a day before the interview or after today is refused. */
    public void markSent(LocalDate on, LocalDate interviewDay, LocalDate today, Instant now) {
        if (on.isAfter(today)) {
            throw SeasonException.of("sentOn", "The day you sent it cannot be later than today (" + today + ").");
        }
        if (on.isBefore(interviewDay)) {
            throw SeasonException.of("sentOn", "The day you sent it cannot be before the interview (" + interviewDay + ").");
        }
        this.sentOn = on;
        this.updatedAt = now;
    }

    public void unmarkSent(Instant now) {
        this.sentOn = null;
        this.updatedAt = now;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public ThankYouNote toNote() {
        return new ThankYouNote(id, interviewId, name, role, specificThing, note, sentOn, updatedAt, version);
    }

    public Long getId() {
        return id;
    }

    public long getInterviewId() {
        return interviewId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
