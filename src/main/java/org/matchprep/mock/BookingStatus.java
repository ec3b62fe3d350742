package org.matchprep.mock;

/** Only BOOKED holds time; the database's exclusion constraints look at BOOKED rows alone. */
public enum BookingStatus {
    BOOKED,
    CANCELLED,
    RESCHEDULED
}
