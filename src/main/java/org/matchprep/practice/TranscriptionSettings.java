package org.matchprep.practice;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code matchprep.transcription.*}: the self-hosted speech-to-text server that transcribes recordings
 * (decision 020, "Transcription"). Without {@code url} nothing is transcribed and nothing is queued.
 *
 * @param url           the server's base address, e.g. {@code http://whisper:8080}; it must answer
 *                      {@code POST {url}/v1/audio/transcriptions} as OpenAI's interface does
 * @param apiKey        sent as a bearer token when set (LocalAI and hosted servers ask for one)
 * @param model         the model name sent with each file
 * @param interval      how often the worker looks for recordings to transcribe
 * @param workerEnabled whether the background worker runs (tests call the worker themselves)
 * @param maxAttempts   attempts before a transcript is marked failed
 * @param timeout       how long one request may take (a long answer on a CPU can take minutes)
 */
@ConfigurationProperties("matchprep.transcription")
public record TranscriptionSettings(String url, String apiKey, @DefaultValue("whisper-1") String model,
                                    @DefaultValue("PT15S") Duration interval,
                                    @DefaultValue("true") boolean workerEnabled,
                                    @DefaultValue("5") int maxAttempts,
                                    @DefaultValue("PT10M") Duration timeout) {

    public boolean enabled() {
        return url != null && !url.isBlank();
    }

    URI endpoint() {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return URI.create(base + "/v1/audio/transcriptions");
    }
}
