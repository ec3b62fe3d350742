package org.matchprep.practice;

import java.util.List;

import org.matchprep.mock.MockRecordings;
import org.springframework.stereotype.Component;

/** Tells mock interviews which recordings were made on one of them; access as {@link RecordingService} decides. */
@Component
class MockRecordingsOfPractice implements MockRecordings {

    private final RecordingService recordings;

    MockRecordingsOfPractice(RecordingService recordings) {
        this.recordings = recordings;
    }

    @Override
    public List<MockRecording> readableOf(long bookingId) {
        return recordings.recordingsOfMock(bookingId).stream()
                .map(recording -> new MockRecording(recording.id(), recording.createdAt(),
                        recording.delivery().durationMs(), RecordingRoutes.listen(recording.id())))
                .toList();
    }
}
