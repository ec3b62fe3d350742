package org.matchprep.mock.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A date on which none of the mentor's windows opens (the date as the windows' own zone names it). */
@Entity
@Table(name = "mock_day_off")
public class DayOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(nullable = false)
    private LocalDate day;

    protected DayOff() {
    }

    public DayOff(long mentorId, LocalDate day) {
        this.mentorId = mentorId;
        this.day = day;
    }

    public Long getId() {
        return id;
    }

    public long getMentorId() {
        return mentorId;
    }

    public LocalDate getDay() {
        return day;
    }
}
