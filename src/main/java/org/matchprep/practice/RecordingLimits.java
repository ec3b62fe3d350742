package org.matchprep.practice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every limit on recordings in one place ({@code matchprep.recordings.*}): the longest and largest recording,
 * and how much one applicant may keep in all.
 */
@ConfigurationProperties("matchprep.recordings")
public record RecordingLimits(Duration maxDuration, long maxBytes, long maxBytesPerApplicant) {

    public static final Duration DEFAULT_MAX_DURATION = Duration.ofMinutes(5);
    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;
    public static final long DEFAULT_MAX_BYTES_PER_APPLICANT = 500L * 1024 * 1024;

    public RecordingLimits {
        if (maxDuration == null) {
            maxDuration = DEFAULT_MAX_DURATION;
        }
        if (maxBytes <= 0) {
            maxBytes = DEFAULT_MAX_BYTES;
        }
        if (maxBytesPerApplicant <= 0) {
            maxBytesPerApplicant = DEFAULT_MAX_BYTES_PER_APPLICANT;
        }
    }

    public static RecordingLimits defaults() {
        return new RecordingLimits(null, 0, 0);
    }

    /** "25 MB" */
    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
