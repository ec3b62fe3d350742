package org.matchprep.mock;

import java.time.Instant;
import java.util.List;

/**
 * The recordings applicants make on a mock interview (practising aloud), as far as this feature needs them:
 * the mentor attaches one to the scorecard, and both read it from there. The practice feature implements it,
 * so mock interviews do not depend on how recordings are kept.
 */
public interface MockRecordings {

    /** The recordings of this mock that I may listen to, the oldest first; refused if the mock is not mine. */
    List<MockRecording> readableOf(long bookingId);

    /** One recording made on a mock: when it was recorded, how long it lasts, and the page to listen to it. */
    record MockRecording(long id, Instant recordedAt, int durationMs, String link) {

        /** "1:24", like a player's clock. */
        public String length() {
            long seconds = durationMs / 1000;
            return seconds / 60 + ":" + String.format("%02d", seconds % 60);
        }
    }
}
