package org.matchprep.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.practice.RecordingFixture.Setup;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The background transcription queue with a server configured. {@link FakeTranscriptionServer} stands in for
 * the external speech-to-text service (a local JDK HTTP server answering with its real response shapes). The
 * scheduled run is off here; each test runs the worker itself.
 */
class TranscriptionWorkerTest extends IntegrationTest {

    static final FakeTranscriptionServer server = startServer();

    @DynamicPropertySource
    static void transcriptionServer(DynamicPropertyRegistry properties) {
        properties.add("matchprep.transcription.url", server::url);
        properties.add("matchprep.transcription.worker-enabled", () -> "false");
        properties.add("matchprep.transcription.max-attempts", () -> "3");
    }

    @Autowired
    TranscriptionWorker worker;

    @Autowired
    TranscriptService transcripts;

    @Autowired
    RecordingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    private static FakeTranscriptionServer startServer() {
        try {
            return new FakeTranscriptionServer();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void nothingElseQueued() {
        server.reset();
        // other tests' recordings in this database must not take this test's answers
        jdbc.sql("update recording_transcript set status = 'FAILED', last_error = 'left by another test' where status in ('PENDING', 'RUNNING')").update();
    }

    @Test
    void a_kept_recording_is_queued_with_its_upload_and_transcribed_from_its_stored_pieces() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        assertThat(status(kept)).isEqualTo("PENDING");
        server.answer(200, FakeTranscriptionServer.VERBOSE_JSON);

        assertThat(worker.transcribeDue()).isEqualTo(1);

        assertThat(status(kept)).isEqualTo("DONE");
        assertThat(server.received.getFirst().file()).isEqualTo(TestAudio.wav(RecordingFixture.EIGHT_SECONDS));
        assertThat(server.received.getFirst().field("model")).isEqualTo("whisper-1");
        TranscriptView view = fixture.as(setup.applicant(), () -> transcripts.transcript(kept.id()));
        assertThat(view.status()).isEqualTo(TranscriptView.Status.DONE);
        assertThat(view.transcript().language()).isEqualTo("english");
        assertThat(view.transcript().segments()).extracting(Transcript.Segment::startMs).containsExactly(0, 6000);
        assertThat(view.analysis().fillers()).extracting(TranscriptAnalysis.Filler::word)
                .containsExactly("um", "like", "you know");
        assertThat(worker.transcribeDue()).isZero(); // done stays done
    }

    @Test
    void a_server_error_waits_and_the_next_attempt_succeeds() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        server.answer(500, "{\"error\":{\"message\":\"model is loading\"}}").answer(200, FakeTranscriptionServer.JSON);

        assertThat(worker.transcribeDue()).isZero();
        assertThat(status(kept)).isEqualTo("PENDING");
        assertThat(jdbc.sql("select last_error from recording_transcript where recording_id = ?").param(kept.id())
                .query(String.class).single()).contains("answered 500", "model is loading");
        assertThat(worker.transcribeDue()).isZero(); // not due yet: it waits a minute
        makeDue(kept);

        assertThat(worker.transcribeDue()).isEqualTo(1);
        assertThat(status(kept)).isEqualTo("DONE");
        assertThat(server.received).hasSize(2);
        assertThat(fixture.as(setup.applicant(), () -> transcripts.transcript(kept.id())).transcript().text())
                .isEqualTo("I chose radiology after a night shift.");
    }

    @Test
    void after_the_last_attempt_it_fails_with_the_servers_message() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        for (int attempt = 1; attempt <= 3; attempt++) {
            server.answer(503, "{\"error\":{\"message\":\"busy\"}}");
            makeDue(kept);
            worker.transcribeDue();
        }

        assertThat(status(kept)).isEqualTo("FAILED");
        makeDue(kept);
        assertThat(worker.transcribeDue()).isZero();
        assertThat(server.received).hasSize(3);
        TranscriptView view = fixture.as(setup.applicant(), () -> transcripts.transcript(kept.id()));
        assertThat(view.status()).isEqualTo(TranscriptView.Status.FAILED);
        assertThat(view.attempts()).isEqualTo(3);
        assertThat(view.lastError()).contains("answered 503", "busy");
    }

    @Test
    void a_claim_whose_node_died_is_taken_again_once_its_lease_runs_out() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        assertThat(worker.claimNext()).contains(kept.id()); // a node claims it, then dies before answering
        assertThat(status(kept)).isEqualTo("RUNNING");
        assertThat(worker.transcribeDue()).isZero(); // the lease still holds
        server.answer(200, FakeTranscriptionServer.VERBOSE_JSON);
        jdbc.sql("update recording_transcript set claimed_until = ? where recording_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), kept.id()).update();

        assertThat(worker.transcribeDue()).isEqualTo(1);
        assertThat(status(kept)).isEqualTo("DONE");
        assertThat(jdbc.sql("select attempts from recording_transcript where recording_id = ?").param(kept.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void deleting_a_recording_removes_its_transcript() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcribed(kept);

        fixture.as(setup.applicant(), () -> {
            fixture.recordings().delete(kept.id());
            return null;
        });

        assertThat(jdbc.sql("select count(*) from recording_transcript where recording_id = ?").param(kept.id())
                .query(Long.class).single()).isZero();
    }

    private String status(RecordingSummary recording) {
        return jdbc.sql("select status from recording_transcript where recording_id = ?").param(recording.id())
                .query(String.class).single();
    }

    /** As if the backoff had passed. */
    private void makeDue(RecordingSummary recording) {
        jdbc.sql("update recording_transcript set next_attempt_at = ? where recording_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), recording.id()).update();
    }
}
