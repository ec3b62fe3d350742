package org.matchprep.mock.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;
import org.matchprep.base.TextRules;
import org.matchprep.mock.BookingException;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.QuestionNote;
import org.matchprep.mock.RankVerdict;
import org.matchprep.mock.Scorecard;

/** The stored scorecard of one mock (see {@link Scorecard}); it checks its own scores and lengths. */
@Entity
@Table(name = "mock_scorecard")
public class ScorecardRecord {

    @Id
    @Column(name = "booking_id")
    private Long bookingId;

    @ElementCollection
    @CollectionTable(name = "mock_scorecard_score", joinColumns = @JoinColumn(name = "booking_id"))
    @MapKeyColumn(name = "criterion")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score", nullable = false)
    private Map<Criterion, Short> scores = new EnumMap<>(Criterion.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "would_rank", length = 20)
    private RankVerdict wouldRank;

    @Column(name = "overall_notes", length = Scorecard.OVERALL_MAX_LENGTH)
    private String overallNotes;

    @Column(name = "recording_id")
    private Long recordingId;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @ElementCollection
    @CollectionTable(name = "mock_scorecard_note", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    private List<Note> notes = new ArrayList<>();

    @Version
    private Long version;

    @Embeddable
    public static class Note {
        @Column(name = "question_title", nullable = false, length = QuestionNote.TITLE_MAX_LENGTH)
        private String questionTitle;
        @Column(name = "question_id")
        private Long questionId;
        @Column(name = "note", length = QuestionNote.NOTE_MAX_LENGTH)
        private String note;

        protected Note() {
        }

        Note(QuestionNote note) {
            this.questionTitle = note.questionTitle().strip();
            this.questionId = note.questionId();
            this.note = note.note() == null || note.note().isBlank() ? null : note.note().strip();
        }

        QuestionNote toRecord() {
            return new QuestionNote(questionTitle, questionId, note);
        }
    }

    protected ScorecardRecord() {
    }

    public ScorecardRecord(long bookingId) {
        this.bookingId = bookingId;
    }

    /**
     * Replaces the scores, the verdict and the notes; refuses a missing or out-of-range score of a current
     * criterion, a missing verdict, a note without its question
     * and over-long text, naming each {@link Scorecard} component at fault ({@code "scores[PACE]"},
     * {@code "notes[1].questionTitle"}). A note with neither title nor text is an empty row and skipped.
     */
    public void fill(Scorecard form, Instant now) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        Map<Criterion, Integer> scores = form.scores();
        for (Criterion criterion : Criterion.current()) {
            Integer score = scores == null ? null : scores.get(criterion);
            if (score == null || score < 1 || score > 5) {
                problems.add(FieldError.element("scores", criterion.name()),
                        "Score " + criterion.label().toLowerCase(Locale.US) + " from 1 to 5.");
            }
        }
        if (form.wouldRank() == null) {
            problems.add("wouldRank", "Say whether you would rank this applicant.");
        }
        List<QuestionNote> given = checkedNotes(form.notes() == null ? List.of() : form.notes(), problems);
        if (form.overallNotes() != null && form.overallNotes().strip().length() > Scorecard.OVERALL_MAX_LENGTH) {
            problems.add("overallNotes", "Keep the overall notes under " + Scorecard.OVERALL_MAX_LENGTH + " characters.");
        }
        TextRules.checkControlCharacters(problems, "overallNotes", "The overall notes", form.overallNotes());
        problems.throwIfAny(BookingException::new);
        // an earlier rubric's scores stay as they were scored; the current criteria are replaced
        Criterion.current().forEach(criterion -> this.scores.put(criterion, scores.get(criterion).shortValue()));
        wouldRank = form.wouldRank();
        notes.clear();
        given.forEach(note -> notes.add(new Note(note)));
        overallNotes = form.overallNotes() == null || form.overallNotes().isBlank() ? null : form.overallNotes().strip();
        recordingId = form.recordingId(); // the service has checked it is a recording of this mock
        scoredAt = now;
    }

    private static List<QuestionNote> checkedNotes(List<QuestionNote> notes, InvalidInputException.Collector problems) {
        List<QuestionNote> kept = new ArrayList<>();
        String tooLong = "Keep question titles under " + QuestionNote.TITLE_MAX_LENGTH + " and notes under "
                + QuestionNote.NOTE_MAX_LENGTH + " characters.";
        // numbered as given, empty rows included, so a message points at the row the form shows
        for (int i = 0; i < notes.size(); i++) {
            QuestionNote note = notes.get(i);
            boolean untitled = note.questionTitle() == null || note.questionTitle().isBlank();
            boolean unwritten = note.note() == null || note.note().isBlank();
            if (untitled && unwritten) {
                continue;
            }
            if (untitled) {
                problems.add(FieldError.element("notes", i, "questionTitle"), "Name each question you add a note to.");
            } else if (note.questionTitle().strip().length() > QuestionNote.TITLE_MAX_LENGTH) {
                problems.add(FieldError.element("notes", i, "questionTitle"), tooLong);
            }
            if (!unwritten && note.note().strip().length() > QuestionNote.NOTE_MAX_LENGTH) {
                problems.add(FieldError.element("notes", i, "note"), tooLong);
            }
            TextRules.checkControlCharacters(problems, FieldError.element("notes", i, "questionTitle"),
                    "Question " + (i + 1), note.questionTitle());
            TextRules.checkControlCharacters(problems, FieldError.element("notes", i, "note"),
                    "The note on question " + (i + 1), note.note());
            kept.add(note);
        }
        return kept;
    }

    public Scorecard toScorecard(Instant mockStart) {
        Map<Criterion, Integer> read = new EnumMap<>(Criterion.class);
        scores.forEach((criterion, score) -> read.put(criterion, (int) score));
        return new Scorecard(bookingId, mockStart, read, wouldRank, notes.stream().map(Note::toRecord).toList(),
                overallNotes, scoredAt, recordingId);
    }

    public Long getBookingId() {
        return bookingId;
    }
}
