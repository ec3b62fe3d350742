package org.matchprep.practice;

import java.time.Instant;

/**
 * One recording, an attempt at a question or on a mock interview ({@code subject}): when, how long and large, how it was spoken and against which
 * target, and whether its owner marked it as their best. {@code mine} is false for a mentor listening.
 */
public record RecordingSummary(long id, long ownerId, PracticeSubject subject, String title, Instant createdAt,
                               String contentType, long bytes, Delivery delivery, Target target, boolean best,
                               boolean mine) {

    public String verdict() {
        return target.verdict(delivery.durationMs());
    }

    /** Whether it was recorded with video ("Record video too"), as its bytes say (see {@link AudioFormat}). */
    public boolean video() {
        return AudioFormat.isVideo(contentType);
    }

    /** Where the browser fetches its bytes. */
    public String streamUrl() {
        return RecordingRoutes.stream(id);
    }
}
