package org.matchprep.practice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to an OpenAI-compatible speech-to-text server ({@code POST /v1/audio/transcriptions}, as whisper.cpp's
 * server, faster-whisper servers and LocalAI offer): sends one recording as {@code multipart/form-data},
 * streamed from its stored pieces, and reads {@code verbose_json} (text, language, segments with times).
 */
@Component
class TranscriptionClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TranscriptionSettings settings;
    private final HttpClient http;

    TranscriptionClient(TranscriptionSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Why a transcription did not come back; {@code retryable} when trying again later may help. */
    static class TranscriptionFailed extends Exception {

        final boolean retryable;

        TranscriptionFailed(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }
    }

    /** Transcribes {@code bytes} bytes of audio read from {@code audio} (opened once per request). */
    Transcript transcribe(String fileName, String contentType, long bytes, Supplier<InputStream> audio)
            throws TranscriptionFailed {
        String boundary = "matchprep-" + UUID.randomUUID();
        byte[] head = head(boundary, fileName, contentType);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        // the audio is streamed from the database between the two fixed ends: never a whole file in the heap
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(new ByteArrayInputStream(head),
                        new SequenceInputStream(audio.get(), new ByteArrayInputStream(tail)))),
                head.length + bytes + tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(body);
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            throw new TranscriptionFailed("The transcription server could not be reached: " + unreachable, true,
                    unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TranscriptionFailed("Interrupted while transcribing", true, interrupted);
        }
        int status = response.statusCode();
        if (status != 200) {
            String said = response.body() == null ? "" : response.body().strip();
            // a busy or broken server may recover; a refused request (bad file, wrong model) will not
            throw new TranscriptionFailed("The transcription server answered " + status
                    + (said.isEmpty() ? "" : ": " + (said.length() > 300 ? said.substring(0, 300) + "…" : said)),
                    status >= 500 || status == 429 || status == 408, null);
        }
        return parse(response.body());
    }

    private byte[] head(String boundary, String fileName, String contentType) {
        StringBuilder head = new StringBuilder();
        field(head, boundary, "model", settings.model());
        field(head, boundary, "response_format", "verbose_json");
        field(head, boundary, "timestamp_granularities[]", "segment");
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder body, String boundary, String name, String value) {
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n");
    }

    /** Reads {@code json} ({@code {"text": …}}) or {@code verbose_json} (with language and segments in seconds). */
    static Transcript parse(String body) throws TranscriptionFailed {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.has("text")) {
                throw new TranscriptionFailed("The transcription server's answer has no text", false, null);
            }
            List<Transcript.Segment> segments = new ArrayList<>();
            JsonNode listed = root.path("segments");
            for (JsonNode segment : listed) {
                segments.add(new Transcript.Segment(millis(segment.path("start")), millis(segment.path("end")),
                        segment.path("text").asString("")));
            }
            JsonNode language = root.path("language");
            return new Transcript(root.path("text").asString(""), language.isString() ? language.asString() : null,
                    segments);
        } catch (JacksonException notJson) {
            throw new TranscriptionFailed("The transcription server's answer is not JSON: " + notJson.getOriginalMessage(),
                    false, notJson);
        }
    }

    private static int millis(JsonNode seconds) {
        return (int) Math.round(seconds.asDouble(0) * 1000);
    }
}
