package org.matchprep.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.SpeakingTime;
import org.matchprep.review.NewThread;
import org.matchprep.review.ReviewService;
import org.matchprep.review.SubjectRef;
import org.matchprep.review.ThreadView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recordings of spoken answers: applicants upload attempts at their questions, list them, mark the best and
 * delete them; their owner and the mentors a recording is shared with (through the review stack) stream it.
 * Access is decided on every call, so a revoked share stops a stream at its next request. The bytes go in
 * and out {@value #CHUNK_BYTES} bytes at a time, never a whole file in the heap (decision 020).
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class RecordingService {

    /** The size of one stored piece of a recording. */
    public static final int CHUNK_BYTES = 256 * 1024;
    static final String SUBJECT_QUESTION = "question";
    static final int NARRATIVE_MIN_MS = (int) SpeakingTime.NARRATIVE_MIN.toMillis();
    static final int NARRATIVE_MAX_MS = (int) SpeakingTime.NARRATIVE_MAX.toMillis();
    static final int ANSWER_MAX_MS = (int) SpeakingTime.ANSWER_MAX.toMillis();

    private final JdbcClient jdbc;
    private final AnswerService answers;
    private final ReviewService reviews;
    private final RecordingLimits limits;
    private final TranscriptionSettings transcription;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecordingService(JdbcClient jdbc, AnswerService answers, ReviewService reviews, RecordingLimits limits,
                     TranscriptionSettings transcription, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.reviews = reviews;
        this.limits = limits;
        this.transcription = transcription;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public RecordingLimits limits() {
        return limits;
    }

    /** The length a spoken answer to this question of mine should have: 60-90 s for the narrative, else up to 2 min. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public Target targetFor(long questionId) {
        return targetOf(answers.open(questionId).question());
    }

    /**
     * Keeps a recording of my answer to a question, read from {@code body} piece by piece in one transaction:
     * anything refused (not audio, empty, truncated, over a limit, figures that do not add up) leaves nothing
     * behind. {@code declaredBytes} is the length the client announced, or -1; fewer bytes means the upload
     * was cut short.
     */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public RecordingSummary upload(long questionId, InputStream body, long declaredBytes, Delivery claimed) {
        long me = currentUser.id();
        QuestionSummary question = answers.open(questionId).question(); // refuses a question I cannot see
        Delivery delivery = Delivery.checked(claimed.durationMs(), claimed.speakingMs(), claimed.longPauses());
        checkDuration(delivery.durationMs());
        if (declaredBytes > limits.maxBytes()) {
            throw tooLarge();
        }
        // one upload at a time per applicant, so two at once cannot both pass the quota
        jdbc.sql("select pg_advisory_xact_lock(hashtext('recording-quota:' || :owner))").param("owner", me)
                .query().listOfRows();
        long used = jdbc.sql("select coalesce(sum(bytes), 0) from recording where owner_id = :owner")
                .param("owner", me).query(Long.class).single();
        Target target = targetOf(question);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into recording (owner_id, subject_type, subject_id, title, created_at, content_type, bytes,
                                               duration_ms, speaking_ms, target_min_ms, target_max_ms)
                        values (:owner, :type, :subject, :title, :now, 'unknown', 0, :duration, 0, :min, :max)
                        returning id""")
                .param("owner", me).param("type", SUBJECT_QUESTION).param("subject", questionId)
                .param("title", question.text()).param("now", java.sql.Timestamp.from(now))
                .param("duration", delivery.durationMs()).param("min", target.minMs()).param("max", target.maxMs())
                .query(Long.class).single();
        Stored stored = store(id, body, used);
        if (declaredBytes >= 0 && stored.bytes() != declaredBytes) {
            throw truncated();
        }
        delivery = checkedAgainstFile(stored, delivery);
        jdbc.sql("""
                        update recording set content_type = :type, bytes = :bytes, duration_ms = :duration,
                               speaking_ms = :speaking, long_pauses = :pauses where id = :id""")
                .param("type", stored.format().contentType()).param("bytes", stored.bytes())
                .param("duration", delivery.durationMs()).param("speaking", delivery.speakingMs())
                .param("pauses", delivery.pausesText()).param("id", id).update();
        if (transcription.enabled()) {
            // queued with the upload: a refused upload queues nothing, a kept one is never forgotten
            jdbc.sql("""
                            insert into recording_transcript (recording_id, next_attempt_at, created_at, updated_at)
                            values (:id, :now, :now, :now)""")
                    .param("id", id).param("now", java.sql.Timestamp.from(now)).update();
        }
        return new RecordingSummary(id, me, questionId, question.text(), now, stored.format().contentType(),
                stored.bytes(), delivery, target, false, true);
    }

    /** My attempts at a question, the newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<RecordingSummary> attempts(long questionId) {
        long me = currentUser.id();
        answers.open(questionId);
        return jdbc.sql("select * from recording where owner_id = :owner and subject_type = :type and subject_id = :subject"
                        + " order by created_at desc, id desc")
                .param("owner", me).param("type", SUBJECT_QUESTION).param("subject", questionId)
                .query((rs, row) -> summary(rs, me)).list();
    }

    /** A recording I may listen to: mine, or shared with me by an applicant I mentor. */
    @Transactional(readOnly = true)
    public RecordingSummary recording(long recordingId) {
        return readable(recordingId);
    }

    /** Opens a recording to stream; checked on every request. */
    @Transactional(readOnly = true)
    public RecordingContent content(long recordingId) {
        RecordingSummary recording = readable(recordingId);
        return new RecordingContent(recording.id(), recording.contentType(), recording.bytes());
    }

    /**
     * Writes bytes {@code from} to {@code to} (inclusive) of a recording opened with {@link #content}, one
     * stored piece at a time, each read in its own short query: a slow listener holds no connection.
     */
    public void copy(RecordingContent content, long from, long to, OutputStream out) throws IOException {
        if (from < 0 || to >= content.bytes() || from > to) {
            throw new IllegalArgumentException("Bytes " + from + "-" + to + " are outside the recording");
        }
        for (int position = (int) (from / CHUNK_BYTES); position <= to / CHUNK_BYTES; position++) {
            byte[] data = chunk(content.id(), position)
                    .orElseThrow(() -> new IOException("The recording was deleted while it was being read"));
            long chunkStart = (long) position * CHUNK_BYTES;
            int offset = (int) Math.max(0, from - chunkStart);
            int end = (int) Math.min(data.length, to - chunkStart + 1);
            out.write(data, offset, end - offset);
        }
        out.flush();
    }

    /**
     * As the mentor a recording is shared with: starts a thread at a moment of it ({@code atMs} from its
     * start, to the second), anchored on that moment of the recording's timeline (see {@link RecordingReviews}).
     */
    @Transactional
    @PreAuthorize(Roles.IS_MENTOR)
    public ThreadView commentAt(long recordingId, long atMs, String body) {
        RecordingSummary recording = readable(recordingId);
        if (recording.mine()) {
            throw new AccessDeniedException("Only a mentor the recording is shared with can do this.");
        }
        String moment = Recordings.clock(Math.min(Math.max(0, atMs), recording.delivery().durationMs()));
        int start = RecordingReviews.positionOf(moment, recording.delivery().durationMs());
        SubjectRef ref = SubjectRef.of(RecordingReviews.TYPE, recordingId);
        return reviews.startThread(new NewThread(ref, null, RecordingReviews.MOMENTS, start, start + moment.length(),
                moment, body));
    }

    /** Marks one of my recordings as my best attempt at its question (and no other). */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void markBest(long recordingId) {
        RecordingSummary mine = mine(recordingId);
        jdbc.sql("update recording set best = false where owner_id = :owner and subject_type = :type"
                        + " and subject_id = :subject and best")
                .param("owner", mine.ownerId()).param("type", SUBJECT_QUESTION).param("subject", mine.questionId())
                .update();
        jdbc.sql("update recording set best = true where id = :id").param("id", recordingId).update();
    }

    /** Deletes my recording and its bytes; its shares and threads are forgotten by the review stack's housekeeping. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public void delete(long recordingId) {
        mine(recordingId);
        jdbc.sql("delete from recording where id = :id").param("id", recordingId).update();
    }

    /** How many bytes of recordings I keep, against {@link RecordingLimits#maxBytesPerApplicant()}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public long bytesUsed() {
        return jdbc.sql("select coalesce(sum(bytes), 0) from recording where owner_id = :owner")
                .param("owner", currentUser.id()).query(Long.class).single();
    }

    static Target targetOf(QuestionSummary question) {
        return question.structure().timedAsNarrative() ? new Target(NARRATIVE_MIN_MS, NARRATIVE_MAX_MS)
                : new Target(0, ANSWER_MAX_MS);
    }

    static AccessDeniedException refused() {
        return new AccessDeniedException("This recording is not yours or not shared with you (any more).");
    }

    private RecordingSummary mine(long recordingId) {
        long me = currentUser.id();
        return find(recordingId, me).filter(RecordingSummary::mine).orElseThrow(RecordingService::refused);
    }

    private RecordingSummary readable(long recordingId) {
        long me = currentUser.id();
        RecordingSummary found = find(recordingId, me).orElseThrow(RecordingService::refused);
        if (!found.mine() && !reviews.mayRead(SubjectRef.of(RecordingReviews.TYPE, recordingId))) {
            throw refused();
        }
        return found;
    }

    private Optional<RecordingSummary> find(long recordingId, long viewer) {
        return jdbc.sql("select * from recording where id = :id").param("id", recordingId)
                .query((rs, row) -> summary(rs, viewer)).optional();
    }

    private Optional<byte[]> chunk(long recordingId, int position) {
        return jdbc.sql("select data from recording_chunk where recording_id = :id and position = :position")
                .param("id", recordingId).param("position", position).query(byte[].class).optional();
    }

    private record Stored(AudioFormat format, long bytes, byte[] start) {
    }

    private Stored store(long id, InputStream body, long usedBefore) {
        AudioFormat format = null;
        byte[] start = null;
        long total = 0;
        try {
            for (int position = 0; ; position++) {
                byte[] data = body.readNBytes(CHUNK_BYTES);
                if (data.length == 0) {
                    break;
                }
                if (format == null) {
                    format = AudioFormat.sniff(data).orElseThrow(() -> new RecordingRejectedException(
                            "This is not a recording MatchPrep can keep: only WebM, Ogg, MP4 and WAV audio."));
                    start = data;
                }
                total += data.length;
                if (total > limits.maxBytes()) {
                    throw tooLarge();
                }
                if (usedBefore + total > limits.maxBytesPerApplicant()) {
                    throw new RecordingRejectedException("Your recordings would pass the "
                            + RecordingLimits.megabytes(limits.maxBytesPerApplicant())
                            + " you may keep. Delete attempts you no longer need, then record again.");
                }
                jdbc.sql("insert into recording_chunk (recording_id, position, data) values (:id, :position, :data)")
                        .param("id", id).param("position", position).param("data", data).update();
            }
        } catch (IOException cutShort) {
            throw new UncheckedIOException("The upload was cut short", cutShort);
        }
        if (total == 0) {
            throw new RecordingRejectedException("The recording is empty: nothing was recorded.");
        }
        return new Stored(format, total, start);
    }

    /** WAV tells its own length, which wins over the browser's; a file shorter than its header says is cut short. */
    private Delivery checkedAgainstFile(Stored stored, Delivery claimed) {
        if (stored.format() != AudioFormat.WAV) {
            return claimed;
        }
        WavHeader header = WavHeader.read(stored.start()).orElseThrow(RecordingService::truncated);
        long available = stored.bytes() - header.dataOffset();
        long samples = header.sizeOpen() ? available : header.dataBytes();
        if (samples > available) {
            throw truncated();
        }
        int measured = header.millisOf(samples);
        if (measured <= 0) {
            throw new RecordingRejectedException("The recording is empty: nothing was recorded.");
        }
        checkDuration(measured);
        return claimed.withDuration(measured);
    }

    private void checkDuration(int durationMs) {
        if (durationMs > limits.maxDuration().toMillis()) {
            throw new RecordingRejectedException("A recording may last at most "
                    + Recordings.clock(limits.maxDuration().toMillis()) + "; this one lasts "
                    + Recordings.clock(durationMs) + ".");
        }
    }

    private RecordingRejectedException tooLarge() {
        return new RecordingRejectedException("A recording may take at most "
                + RecordingLimits.megabytes(limits.maxBytes()) + ".");
    }

    private static RecordingRejectedException truncated() {
        return new RecordingRejectedException("The recording arrived incomplete (cut short). Please record again.");
    }

    private static RecordingSummary summary(ResultSet rs, long viewer) throws SQLException {
        int duration = rs.getInt("duration_ms");
        Delivery delivery = new Delivery(duration, rs.getInt("speaking_ms"),
                Delivery.parsePauses(rs.getString("long_pauses")));
        long owner = rs.getLong("owner_id");
        return new RecordingSummary(rs.getLong("id"), owner, rs.getLong("subject_id"), rs.getString("title"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("content_type"), rs.getLong("bytes"), delivery,
                new Target(rs.getInt("target_min_ms"), rs.getInt("target_max_ms")), rs.getBoolean("best"),
                owner == viewer);
    }
}
