package org.matchprep.practice;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transcribes recordings in the background, the way the mail outbox is sent: a run claims a due transcript
 * for a lease with {@code FOR UPDATE SKIP LOCKED} (so two nodes never send one file twice at once), streams
 * the recording to the server, and keeps the result. A failure that may pass (5xx, no connection) waits
 * 1, 2, 4 … minutes (at most an hour) and gives up after {@link TranscriptionSettings#maxAttempts()}; a
 * refusal (4xx, an answer that is not a transcript) gives up at once. Everything is in
 * {@code recording_transcript}, so a restart loses nothing: a node that died mid-request leaves its claim,
 * and once the lease runs out the transcript is claimed again.
 */
@Component
public class TranscriptionWorker {

    private static final int MAX_PER_RUN = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(TranscriptionWorker.class);

    private final JdbcClient jdbc;
    private final TranscriptionClient client;
    private final TranscriptionSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TranscriptionWorker(JdbcClient jdbc, TranscriptionClient client, TranscriptionSettings settings,
                        TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.client = client;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherTranscriptionIsOn() {
        if (settings.enabled()) {
            log.info("Recordings are transcribed by {}", settings.endpoint());
        } else {
            log.info("Transcription is off: set matchprep.transcription.url to an OpenAI-compatible speech-to-text server to turn it on.");
        }
    }

    @Scheduled(fixedDelayString = "${matchprep.transcription.interval:PT15S}", initialDelayString = "PT20S")
    void scheduled() {
        if (settings.enabled() && settings.workerEnabled()) {
            transcribeDue();
        }
    }

    /** Transcribes what is due now, one at a time; returns how many were finished. */
    public int transcribeDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int done = 0;
        for (int run = 0; run < MAX_PER_RUN; run++) {
            Optional<Long> claimed = claimNext();
            if (claimed.isEmpty()) {
                break;
            }
            if (transcribe(claimed.get())) {
                done++;
            }
        }
        return done;
    }

    /** The lease covers one request's timeout, so a slow server is not mistaken for a dead node. */
    Duration lease() {
        return settings.timeout().plusMinutes(1);
    }

    /** Claims one due transcript, or one whose lease ran out. */
    Optional<Long> claimNext() {
        Instant now = clock.instant();
        return transactions.execute(status -> jdbc.sql("""
                        update recording_transcript
                        set status = 'RUNNING', claimed_until = :lease, attempts = attempts + 1, updated_at = :now
                        where recording_id = (select recording_id from recording_transcript
                                              where (status = 'PENDING' and next_attempt_at <= :now)
                                                 or (status = 'RUNNING' and claimed_until < :now)
                                              order by next_attempt_at, recording_id limit 1 for update skip locked)
                        returning recording_id
                        """)
                .param("lease", Timestamp.from(now.plus(lease())))
                .param("now", Timestamp.from(now))
                .query(Long.class).optional());
    }

    private boolean transcribe(long recordingId) {
        Optional<Audio> audio = jdbc.sql("select content_type, bytes from recording where id = :id")
                .param("id", recordingId).query(Audio.class).optional();
        if (audio.isEmpty()) {
            return false; // deleted meanwhile: its transcript went with it
        }
        try {
            String type = audio.get().contentType();
            Transcript transcript = client.transcribe("recording-" + recordingId + "." + extension(type), type,
                    audio.get().bytes(), () -> new ChunkStream(recordingId));
            done(recordingId, transcript);
            return true;
        } catch (TranscriptionClient.TranscriptionFailed failed) {
            failed(recordingId, failed.getMessage(), failed.retryable);
        } catch (RuntimeException failed) {
            failed(recordingId, String.valueOf(failed.getMessage()), true);
        }
        return false;
    }

    private void done(long recordingId, Transcript transcript) {
        String segments = JSON.writeValueAsString(transcript.segments().stream()
                .map(segment -> Map.of("startMs", segment.startMs(), "endMs", segment.endMs(), "text", segment.text()))
                .toList());
        jdbc.sql("""
                        update recording_transcript set status = 'DONE', text = :text, segments = cast(:segments as jsonb),
                               language = :language, claimed_until = null, last_error = null, updated_at = :now
                        where recording_id = :id""")
                .param("text", transcript.text()).param("segments", segments)
                .param("language", transcript.language() == null ? null : truncate(transcript.language(), 32))
                .param("now", Timestamp.from(clock.instant())).param("id", recordingId).update();
    }

    private void failed(long recordingId, String error, boolean retryable) {
        Integer attempts = jdbc.sql("select attempts from recording_transcript where recording_id = :id")
                .param("id", recordingId).query(Integer.class).optional().orElse(null);
        if (attempts == null) {
            return;
        }
        boolean givingUp = !retryable || attempts >= settings.maxAttempts();
        Duration wait = Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
        log.warn("Recording {} not transcribed (attempt {} of {}{}): {}", recordingId, attempts,
                settings.maxAttempts(), givingUp ? ", giving up" : "", error);
        Instant now = clock.instant();
        jdbc.sql("""
                        update recording_transcript set status = :status, next_attempt_at = :next, claimed_until = null,
                               last_error = :error, updated_at = :now
                        where recording_id = :id""")
                .param("status", givingUp ? "FAILED" : "PENDING")
                .param("next", Timestamp.from(now.plus(wait)))
                .param("error", truncate(error, 1000))
                .param("now", Timestamp.from(now))
                .param("id", recordingId).update();
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "audio/wav" -> "wav";
            case "audio/ogg" -> "ogg";
            case "audio/mp4" -> "m4a";
            case "video/mp4" -> "mp4"; // a file type OpenAI's interface lists, as it lists webm
            default -> "webm";
        };
    }

    record Audio(String contentType, long bytes) {
    }

    /** A recording's bytes, read one stored piece per short query as the request consumes them. */
    private final class ChunkStream extends InputStream {

        private final long recordingId;
        private int position;
        private byte[] piece = new byte[0];
        private int offset;
        private boolean finished;

        ChunkStream(long recordingId) {
            this.recordingId = recordingId;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int from, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (offset >= piece.length) {
                if (finished) {
                    return -1;
                }
                List<byte[]> next = jdbc.sql("select data from recording_chunk where recording_id = :id and position = :position")
                        .param("id", recordingId).param("position", position++).query(byte[].class).list();
                if (next.isEmpty()) {
                    finished = true;
                    return -1;
                }
                piece = next.getFirst();
                offset = 0;
            }
            int count = Math.min(length, piece.length - offset);
            System.arraycopy(piece, offset, into, from, count);
            offset += count;
            return count;
        }
    }
}
