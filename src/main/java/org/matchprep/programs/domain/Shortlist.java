package org.matchprep.programs.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.matchprep.base.TextRules;
import org.matchprep.programs.CatalogueException;

/** An applicant's shortlist: catalogue programs in the applicant's own order, each with a note and a dossier. */
@Entity
@Table(name = "shortlist")
public class Shortlist {

    public static final int MAX_PROGRAMS = 300;
    public static final int NOTE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @ElementCollection
    @CollectionTable(name = "shortlist_entry", joinColumns = @JoinColumn(name = "shortlist_id"))
    @OrderColumn(name = "position")
    private List<Entry> entries = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Shortlist() {
    }

    public Shortlist(long applicantId, Instant now) {
        this.applicantId = applicantId;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Adds a program at the end; a program already on the list stays where it is. */
    public void add(long programId, Instant now) {
        if (find(programId).isPresent()) {
            return;
        }
        if (entries.size() >= MAX_PROGRAMS) {
            throw new CatalogueException("Your shortlist holds " + MAX_PROGRAMS + " programs, more than anyone applies to; "
                    + "remove some first.");
        }
        entries.add(new Entry(programId, now));
        updatedAt = now;
    }

    public void remove(long programId, Instant now) {
        entries.removeIf(entry -> entry.programId == programId);
        updatedAt = now;
    }

    /** Moves a program {@code step} places (negative: up, towards first); the ends stay the ends. */
    public void move(long programId, int step, Instant now) {
        Entry entry = require(programId);
        int from = entries.indexOf(entry);
        int to = Math.max(0, Math.min(entries.size() - 1, from + step));
        entries.add(to, entries.remove(from));
        updatedAt = now;
    }

    public void note(long programId, String note, Instant now) {
        String text = note == null ? "" : note.strip();
        if (text.length() > NOTE_MAX_LENGTH) {
            throw CatalogueException.of("note", "The note has " + text.length() + " characters; the limit is "
                    + NOTE_MAX_LENGTH + ".");
        }
        TextRules.requireNoControlCharacters("note", "The note", text);
        require(programId).note = text;
        updatedAt = now;
    }

    public void linkDossier(long programId, long dossierId, Instant now) {
        require(programId).dossierId = dossierId;
        updatedAt = now;
    }

    public Optional<Entry> find(long programId) {
        return entries.stream().filter(entry -> entry.programId == programId).findFirst();
    }

    private Entry require(long programId) {
        return find(programId).orElseThrow(() -> new CatalogueException("That program is not on your shortlist (any more)."));
    }

    /** One program on the list. */
    @Embeddable
    public static class Entry {

        @Column(name = "program_id", nullable = false)
        private long programId;

        @Column(nullable = false)
        private String note = "";

        @Column(name = "dossier_id")
        private Long dossierId;

        @Column(name = "added_at", nullable = false)
        private Instant addedAt;

        protected Entry() {
        }

        Entry(long programId, Instant addedAt) {
            this.programId = programId;
            this.addedAt = addedAt;
        }

        public long programId() {
            return programId;
        }

        public String note() {
            return note;
        }

        public Long dossierId() {
            return dossierId;
        }

        public Instant addedAt() {
            return addedAt;
        }
    }
}
