package org.matchprep.mock.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.matchprep.mock.AvailabilityException;
import org.matchprep.mock.MockFormat;

/**
 * When a mentor runs mock interviews: weekly (a day of the week) or once (a date), from a wall-clock
 * start to end in an IANA zone. Expanded per date in that zone (see {@link WallClock}), so daylight-saving
 * changes never move it for the mentor.
 */
@Entity
@Table(name = "mock_window")
public class AvailabilityWindow {

    public enum Kind { WEEKLY, ONE_OFF }

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "day_of_week")
    private Short dayOfWeek;

    @Column(name = "on_date")
    private LocalDate onDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(nullable = false, length = 64)
    private String zone;

    @Column(nullable = false, length = 60)
    private String formats;

    @Column(name = "minutes")
    private Integer minutes;

    @Version
    private long version;

    protected AvailabilityWindow() {
    }

    private AvailabilityWindow(long mentorId, ZoneId zone) {
        this.mentorId = mentorId;
        this.zone = zone.getId();
    }

    public static AvailabilityWindow weekly(long mentorId, DayOfWeek day, LocalTime start, LocalTime end, ZoneId zone,
                                            Set<MockFormat> formats, Integer minutes) {
        AvailabilityWindow window = new AvailabilityWindow(mentorId, zone);
        window.change(day, null, start, end, formats, minutes);
        return window;
    }

    public static AvailabilityWindow once(long mentorId, LocalDate date, LocalTime start, LocalTime end, ZoneId zone,
                                          Set<MockFormat> formats, Integer minutes) {
        AvailabilityWindow window = new AvailabilityWindow(mentorId, zone);
        window.change(null, date, start, end, formats, minutes);
        return window;
    }

    /**
     * Changes when the window happens and what it offers; exactly one of day and date is given. Refuses,
     * naming each {@link org.matchprep.mock.WindowForm} component at fault, times that do not make a window,
     * no format, and a length out of range or longer than the window.
     */
    public void change(DayOfWeek day, LocalDate date, LocalTime start, LocalTime end, Set<MockFormat> offered,
                       Integer lengthMinutes) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        if (day == null && date == null) {
            // a weekly form always has its day chosen, so what is missing is a one-off window's date
            problems.add("date", "Choose a day of the week or a date.");
        } else if (day != null && date != null) {
            problems.general("Choose a day of the week or a date.");
        }
        if (start == null || end == null || !start.isBefore(end)) {
            problems.add(start == null ? "start" : "end", "A window must start before it ends, on the same day.");
        }
        if (offered == null || offered.isEmpty()) {
            problems.add("formats", "Offer at least one format.");
        }
        if (lengthMinutes != null && (lengthMinutes < MIN_MINUTES || lengthMinutes > MAX_MINUTES)) {
            problems.add("minutes", "A mock lasts between " + MIN_MINUTES + " and " + MAX_MINUTES + " minutes.");
        }
        problems.throwIfAny(AvailabilityException::new);
        int shortest = lengthMinutes != null ? lengthMinutes
                : offered.stream().mapToInt(MockFormat::defaultMinutes).min().orElseThrow();
        if (Duration.between(start, end).toMinutes() < shortest) {
            throw AvailabilityException.of("end", "The window is too short for one mock (" + shortest + " minutes).");
        }
        this.kind = day != null ? Kind.WEEKLY : Kind.ONE_OFF;
        this.dayOfWeek = day != null ? (short) day.getValue() : null;
        this.onDate = date;
        this.startTime = start;
        this.endTime = end;
        this.formats = offered.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.minutes = lengthMinutes;
    }

    /** The real time this window covers on a date of its own zone, if it opens that day. */
    public Optional<TimeRange> occurrenceOn(LocalDate date) {
        boolean opens = kind == Kind.WEEKLY ? date.getDayOfWeek() == getDayOfWeek() : date.equals(onDate);
        if (!opens) {
            return Optional.empty();
        }
        Instant start = WallClock.start(date, startTime, zoneId());
        Instant end = WallClock.end(date, endTime, zoneId());
        // a window lying wholly inside a spring-forward gap does not happen that day
        return start.isBefore(end) ? Optional.of(new TimeRange(start, end)) : Optional.empty();
    }

    /**
     * The mock slots of a format on a date of this window's zone: back to back from the window's start,
     * each followed by the buffer, stepped in real time, ending no later than the window ends.
     */
    public List<TimeRange> slotsOn(LocalDate date, MockFormat format, Duration buffer) {
        if (!offers(format)) {
            return List.of();
        }
        Optional<TimeRange> occurrence = occurrenceOn(date);
        if (occurrence.isEmpty()) {
            return List.of();
        }
        Duration length = lengthOf(format);
        List<TimeRange> slots = new ArrayList<>();
        Instant start = occurrence.get().start();
        while (!start.plus(length).isAfter(occurrence.get().end())) {
            slots.add(new TimeRange(start, start.plus(length)));
            start = start.plus(length).plus(buffer);
        }
        return slots;
    }

    public boolean offers(MockFormat format) {
        return getFormats().contains(format);
    }

    public Duration lengthOf(MockFormat format) {
        return minutes != null ? Duration.ofMinutes(minutes) : format.defaultLength();
    }

    public Long getId() {
        return id;
    }

    public long getMentorId() {
        return mentorId;
    }

    public Kind getKind() {
        return kind;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek);
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public Set<MockFormat> getFormats() {
        Set<MockFormat> set = EnumSet.noneOf(MockFormat.class);
        Arrays.stream(formats.split(",")).map(MockFormat::valueOf).forEach(set::add);
        return set;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public long getVersion() {
        return version;
    }
}
