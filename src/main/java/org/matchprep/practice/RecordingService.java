package org.matchprep.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.answers.AnswerService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.answers.SpeakingTime;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.MockInterview;
import org.matchprep.review.NewThread;
import org.matchprep.review.ReviewService;
import org.matchprep.review.ShareTarget;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.review.ThreadView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recordings of spoken answers: applicants upload attempts at their questions and on their mock interviews
 * ({@link PracticeSubject}), list them, mark the best and delete them; their owner and the mentors a recording
 * is shared with (through the review stack) stream it. A recording on a mock is shared with that mock's
 * mentor as it is kept, so they can listen and attach it to the scorecard.
 * Access is decided on every call, so a revoked share stops a stream at its next request. The bytes go in
 * and out {@value #CHUNK_BYTES} bytes at a time, never a whole file in the heap (decision 020).
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class RecordingService {

    /** The size of one stored piece of a recording. */
    public static final int CHUNK_BYTES = 256 * 1024;
    private static final DateTimeFormatter MOCK_DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    static final int NARRATIVE_MIN_MS = (int) SpeakingTime.NARRATIVE_MIN.toMillis();
    static final int NARRATIVE_MAX_MS = (int) SpeakingTime.NARRATIVE_MAX.toMillis();
    static final int ANSWER_MAX_MS = (int) SpeakingTime.ANSWER_MAX.toMillis();

    private final JdbcClient jdbc;
    private final AnswerService answers;
    private final ReviewService reviews;
    private final SharingService sharing;
    private final BookingService mocks;
    private final RecordingLimits limits;
    private final TranscriptionSettings transcription;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecordingService(JdbcClient jdbc, AnswerService answers, ReviewService reviews, SharingService sharing,
                     BookingService mocks, RecordingLimits limits, TranscriptionSettings transcription,
                     CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.reviews = reviews;
        this.sharing = sharing;
        this.mocks = mocks;
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

    /** The length a spoken answer on this subject of mine should have (on a mock: an answer, up to 2 min). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public Target targetFor(PracticeSubject subject) {
        return resolve(subject).target();
    }

    /** Keeps a recording of my answer to a question; see {@link #upload(PracticeSubject, InputStream, long, Delivery)}. */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public RecordingSummary upload(long questionId, InputStream body, long declaredBytes, Delivery claimed) {
        return upload(PracticeSubject.question(questionId), body, declaredBytes, claimed);
    }

    /**
     * Keeps a recording of mine on a subject (a question, or a mock interview I took part in as its applicant
     * and that still stands), read from {@code body} piece by piece in one transaction:
     * anything refused (not audio, empty, truncated, over a limit, figures that do not add up) leaves nothing
     * behind. {@code declaredBytes} is the length the client announced, or -1; fewer bytes means the upload
     * was cut short. A recording on a mock is shared with its mentor in the same transaction, if they still
     * mentor me.
     */
    @Transactional
    @PreAuthorize(Roles.IS_APPLICANT)
    public RecordingSummary upload(PracticeSubject subject, InputStream body, long declaredBytes, Delivery claimed) {
        long me = currentUser.id();
        Resolved resolved = resolve(subject); // refuses a question or mock that is not mine
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
        Target target = resolved.target();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into recording (owner_id, subject_type, subject_id, title, created_at, content_type, bytes,
                                               duration_ms, speaking_ms, target_min_ms, target_max_ms)
                        values (:owner, :type, :subject, :title, :now, 'unknown', 0, :duration, 0, :min, :max)
                        returning id""")
                .param("owner", me).param("type", subject.kind().column()).param("subject", subject.id())
                .param("title", resolved.title()).param("now", java.sql.Timestamp.from(now))
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
        if (resolved.shareWith() != null) {
            SubjectRef ref = SubjectRef.of(RecordingReviews.TYPE, id);
            // a mentor who no longer mentors me is not shared with; the recording stays mine
            boolean stillMyMentor = sharing.sharing(ref).mentors().stream()
                    .map(ShareTarget::mentorId).anyMatch(resolved.shareWith()::equals);
            if (stillMyMentor) {
                sharing.share(ref, resolved.shareWith());
            }
        }
        return new RecordingSummary(id, me, subject, resolved.title(), now, stored.format().contentType(),
                stored.bytes(), delivery, target, false, true);
    }

    /** My attempts at a question, the newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<RecordingSummary> attempts(long questionId) {
        return attempts(PracticeSubject.question(questionId));
    }

    /** My attempts at a question or on a mock interview, the newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_APPLICANT)
    public List<RecordingSummary> attempts(PracticeSubject subject) {
        long me = currentUser.id();
        resolve(subject);
        return jdbc.sql("select * from recording where owner_id = :owner and subject_type = :type and subject_id = :subject"
                        + " order by created_at desc, id desc")
                .param("owner", me).param("type", subject.kind().column()).param("subject", subject.id())
                .query((rs, row) -> summary(rs, me)).list();
    }

    /**
     * The recordings made on a mock interview I took part in that I may listen to, the oldest first: its
     * applicant's all, its mentor's those still shared with them. Anyone else is refused, as the mock is.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.APPLICANT + "', '" + Roles.MENTOR + "')")
    public List<RecordingSummary> recordingsOfMock(long bookingId) {
        long me = currentUser.id();
        MockInterview mock = mocks.mockInterview(bookingId); // refuses a mock I was not part of
        return jdbc.sql("select * from recording where owner_id = :owner and subject_type = :type and subject_id = :subject"
                        + " order by created_at, id")
                .param("owner", mock.applicantId()).param("type", PracticeSubject.Kind.MOCK.column())
                .param("subject", bookingId).query((rs, row) -> summary(rs, me)).list().stream()
                .filter(recording -> recording.mine()
                        || reviews.mayRead(SubjectRef.of(RecordingReviews.TYPE, recording.id())))
                .toList();
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
                .param("owner", mine.ownerId()).param("type", mine.subject().kind().column())
                .param("subject", mine.subject().id())
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

    /** What a subject of mine is called, how long an answer on it should last, and whom to share it with. */
    private record Resolved(String title, Target target, Long shareWith) {
    }

    private Resolved resolve(PracticeSubject subject) {
        if (subject.kind() == PracticeSubject.Kind.QUESTION) {
            QuestionSummary question = answers.open(subject.id()).question(); // refuses a question I cannot see
            return new Resolved(question.text(), targetOf(question), null);
        }
        long me = currentUser.id();
        MockInterview mock = mocks.mockInterview(subject.id()); // refuses a mock I was not part of
        if (mock.applicantId() != me) {
            throw new AccessDeniedException("Only the applicant of a mock interview records on it.");
        }
        if (!mock.booked()) {
            throw new RecordingRejectedException("This mock interview was cancelled or moved: record on the mock"
                    + " as it stands now.");
        }
        String title = "Mock interview with " + mock.mentorName() + ", "
                + MOCK_DAY.format(mock.start().atZone(mock.applicantZone()));
        return new Resolved(title, new Target(0, ANSWER_MAX_MS), mock.mentorId());
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
                            "This is not a recording MatchPrep can keep: only WebM, Ogg, MP4 and WAV audio, or WebM and MP4 video."));
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
        PracticeSubject subject = new PracticeSubject(PracticeSubject.Kind.ofColumn(rs.getString("subject_type")),
                rs.getLong("subject_id"));
        return new RecordingSummary(rs.getLong("id"), owner, subject, rs.getString("title"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("content_type"), rs.getLong("bytes"), delivery,
                new Target(rs.getInt("target_min_ms"), rs.getInt("target_max_ms")), rs.getBoolean("best"),
                owner == viewer);
    }
}
