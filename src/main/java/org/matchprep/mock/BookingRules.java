package org.matchprep.mock;

/**
 * A mentor's booking rules: minutes kept free after each mock, hours of notice an applicant must give,
 * weeks ahead an applicant may book, and hours before the start until which an applicant may cancel.
 */
public record BookingRules(int bufferMinutes, int noticeHours, int horizonWeeks, int cutoffHours) {
}
