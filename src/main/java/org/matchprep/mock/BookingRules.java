package org.matchprep.mock;

/**
 * A mentor's booking rules: minutes kept free after each mock, hours of notice an applicant must give,
 * weeks ahead an applicant may book, hours before the start until which an applicant may cancel, and the
 * meeting link (any video platform; http or https) each new booking starts with, or null.
 */
public record BookingRules(int bufferMinutes, int noticeHours, int horizonWeeks, int cutoffHours, String meetingLink) {
}
