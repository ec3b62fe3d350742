package org.matchprep.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client of the OpenAI-compatible {@code /v1/audio/transcriptions} interface, against
 * {@link FakeTranscriptionServer}: a local JDK HTTP server that stands in for the external speech-to-text
 * service and answers with its real response shapes ({@code json} and {@code verbose_json}).
 */
class TranscriptionClientTest {

    static FakeTranscriptionServer server;
    static TranscriptionClient client;
    static final byte[] AUDIO = new byte[600_000];

    @BeforeAll
    static void start() throws Exception {
        server = new FakeTranscriptionServer();
        new Random(16).nextBytes(AUDIO);
        client = new TranscriptionClient(new TranscriptionSettings(server.url() + "/", "secret-key", "whisper-1",
                Duration.ofSeconds(15), false, 5, Duration.ofSeconds(20)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    @Test
    void sends_the_file_and_model_as_multipart_and_reads_verbose_json_with_its_segments() throws Exception {
        server.answer(200, FakeTranscriptionServer.VERBOSE_JSON);

        Transcript transcript = client.transcribe("recording-1.webm", "audio/webm", AUDIO.length,
                () -> new ByteArrayInputStream(AUDIO));

        assertThat(transcript.text()).startsWith("Um, I chose radiology").endsWith("you know.");
        assertThat(transcript.language()).isEqualTo("english");
        assertThat(transcript.segments()).containsExactly(
                new Transcript.Segment(0, 3000, "Um, I chose radiology after a night shift in Chennai."),
                new Transcript.Segment(6000, 8000, "Like, the CT showed the bleed, you know."));
        FakeTranscriptionServer.Received request = server.received.getFirst();
        assertThat(request.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(request.authorization()).isEqualTo("Bearer secret-key");
        assertThat(request.field("model")).isEqualTo("whisper-1");
        assertThat(request.field("response_format")).isEqualTo("verbose_json");
        assertThat(request.field("timestamp_granularities[]")).isEqualTo("segment");
        assertThat(request.text()).contains("filename=\"recording-1.webm\"\r\nContent-Type: audio/webm");
        assertThat(request.file()).isEqualTo(AUDIO);
    }

    @Test
    void reads_plain_json_as_text_without_segments() throws Exception {
        server.answer(200, FakeTranscriptionServer.JSON);

        Transcript transcript = client.transcribe("r.wav", "audio/wav", 3, () -> new ByteArrayInputStream(new byte[3]));

        assertThat(transcript.text()).isEqualTo("I chose radiology after a night shift.");
        assertThat(transcript.segments()).isEmpty();
        assertThat(transcript.language()).isNull();
    }

    @Test
    void a_server_error_is_worth_retrying_and_the_next_try_succeeds() throws Exception {
        server.answer(500, "{\"error\":{\"message\":\"model is loading\"}}").answer(200, FakeTranscriptionServer.JSON);

        assertThatThrownBy(() -> client.transcribe("r.wav", "audio/wav", AUDIO.length, () -> new ByteArrayInputStream(AUDIO)))
                .isInstanceOfSatisfying(TranscriptionClient.TranscriptionFailed.class, failed -> {
                    assertThat(failed.retryable).isTrue();
                    assertThat(failed).hasMessageContaining("answered 500").hasMessageContaining("model is loading");
                });
        assertThat(client.transcribe("r.wav", "audio/wav", AUDIO.length, () -> new ByteArrayInputStream(AUDIO)).text())
                .isEqualTo("I chose radiology after a night shift.");
        assertThat(server.received).hasSize(2);
        assertThat(server.received.get(1).file()).isEqualTo(AUDIO); // the body is streamed afresh for the retry
    }

    @Test
    void a_refused_request_or_an_answer_without_text_is_not_retried() {
        server.answer(400, "{\"error\":{\"message\":\"Invalid file format.\"}}").answer(200, "<html>proxy</html>");

        assertThatThrownBy(() -> client.transcribe("r.wav", "audio/wav", 3, () -> new ByteArrayInputStream(new byte[3])))
                .isInstanceOfSatisfying(TranscriptionClient.TranscriptionFailed.class,
                        failed -> assertThat(failed.retryable).isFalse())
                .hasMessageContaining("answered 400").hasMessageContaining("Invalid file format.");
        assertThatThrownBy(() -> client.transcribe("r.wav", "audio/wav", 3, () -> new ByteArrayInputStream(new byte[3])))
                .isInstanceOfSatisfying(TranscriptionClient.TranscriptionFailed.class,
                        failed -> assertThat(failed.retryable).isFalse())
                .hasMessageContaining("not JSON");
    }

    @Test
    void an_unreachable_server_is_worth_retrying() throws Exception {
        TranscriptionClient nowhere = new TranscriptionClient(new TranscriptionSettings("http://127.0.0.1:1", null,
                "whisper-1", Duration.ofSeconds(15), false, 5, Duration.ofSeconds(5)));

        assertThatThrownBy(() -> nowhere.transcribe("r.wav", "audio/wav", 3, () -> new ByteArrayInputStream(new byte[3])))
                .isInstanceOfSatisfying(TranscriptionClient.TranscriptionFailed.class,
                        failed -> assertThat(failed.retryable).isTrue())
                .hasMessageContaining("could not be reached");
    }
}
