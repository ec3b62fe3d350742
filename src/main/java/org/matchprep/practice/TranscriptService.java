package org.matchprep.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transcripts of recordings (decision 020, "Transcription"), for whoever may listen to the recording: its
 * applicant and the mentors it is shared with. The transcribing itself is {@link TranscriptionWorker}'s.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class TranscriptService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final RecordingService recordings;
    private final AnswerService answers;
    private final TranscriptionSettings settings;

    TranscriptService(JdbcClient jdbc, RecordingService recordings, AnswerService answers,
                      TranscriptionSettings settings) {
        this.jdbc = jdbc;
        this.recordings = recordings;
        this.answers = answers;
        this.settings = settings;
    }

    /** Whether recordings are transcribed here at all. */
    public boolean transcriptionOn() {
        return settings.enabled();
    }

    /** The transcript of a recording I may listen to, or where it stands; refused as the recording is. */
    @Transactional(readOnly = true)
    public TranscriptView transcript(long recordingId) {
        RecordingSummary recording = recordings.recording(recordingId); // the recording's own access check
        Optional<Row> row = jdbc.sql("select * from recording_transcript where recording_id = :id")
                .param("id", recordingId).query((rs, n) -> row(rs)).optional();
        if (row.isEmpty()) {
            return TranscriptView.without(settings.enabled() ? TranscriptView.Status.NOT_QUEUED : TranscriptView.Status.OFF);
        }
        Row found = row.get();
        if (found.status() != TranscriptView.Status.DONE) {
            return new TranscriptView(found.status(), found.attempts(), found.lastError(), null, null);
        }
        // what they wrote, to compare with what they said: only the applicant's own answer to a question has one
        String written = recording.mine() && recording.subject().kind() == PracticeSubject.Kind.QUESTION
                ? String.join("\n", answers.open(recording.subject().id()).parts().values()) : null;
        return new TranscriptView(found.status(), found.attempts(), null, found.transcript(),
                TranscriptAnalysis.of(found.transcript(), recording.delivery().speakingMs(), written));
    }

    private record Row(TranscriptView.Status status, int attempts, String lastError, Transcript transcript) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        TranscriptView.Status status = TranscriptView.Status.valueOf(rs.getString("status"));
        Transcript transcript = null;
        if (status == TranscriptView.Status.DONE) {
            List<Transcript.Segment> segments = new ArrayList<>();
            String stored = rs.getString("segments");
            if (stored != null) {
                for (JsonNode segment : JSON.readTree(stored)) {
                    segments.add(new Transcript.Segment(segment.path("startMs").asInt(), segment.path("endMs").asInt(),
                            segment.path("text").asString("")));
                }
            }
            transcript = new Transcript(rs.getString("text"), rs.getString("language"), segments);
        }
        return new Row(status, rs.getInt("attempts"), rs.getString("last_error"), transcript);
    }
}
