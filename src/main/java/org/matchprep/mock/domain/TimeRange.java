package org.matchprep.mock.domain;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of real time [start, end), as PostgreSQL's tstzrange '[)'. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A time range must start before it ends: " + start + " " + end);
        }
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
