package org.matchprep.practice;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.matchprep.account.AccountSummary;
import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;
import org.matchprep.answers.QuestionBankService;
import org.matchprep.answers.QuestionSummary;
import org.matchprep.feedback.PairingService;
import org.matchprep.review.SharingService;
import org.matchprep.review.SubjectRef;
import org.matchprep.testing.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Applicants with a question and recordings of it, mentors paired with them, shares. */
@Component
public class RecordingFixture {

    /** 3 s of tone, a 3 s pause, 2 s of tone: 8 s, 5 s spoken. */
    public static final int[] EIGHT_SECONDS = {3000, 3000, 2000};

    private final Accounts accounts;
    private final QuestionBankService bank;
    private final PairingService pairings;
    private final SharingService sharing;
    private final RecordingService recordings;
    private final JdbcClient jdbc;

    RecordingFixture(Accounts accounts, QuestionBankService bank, PairingService pairings, SharingService sharing,
                     RecordingService recordings, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.bank = bank;
        this.pairings = pairings;
        this.sharing = sharing;
        this.recordings = recordings;
    }

    public record Setup(AccountSummary applicant, AccountSummary mentor, QuestionSummary question) {
    }

    /** An applicant with a question of their own and a mentor paired with them; nothing recorded yet. */
    public Setup paired() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        as(accounts.admin(), () -> pairings.pair(applicant.id(), mentor.id()));
        QuestionSummary question = as(applicant, () -> bank.addMyQuestion(Category.RADIOLOGY, AnswerStructure.FREE_TEXT,
                "Why radiology? " + UUID.randomUUID()));
        return new Setup(applicant, mentor, question);
    }

    /** Records the eight-second test WAV as the applicant. */
    public RecordingSummary recorded(Setup setup) {
        byte[] wav = TestAudio.wav(EIGHT_SECONDS);
        return as(setup.applicant(), () -> recordings.upload(setup.question().id(), new ByteArrayInputStream(wav),
                wav.length, new Delivery(8000, 5000, List.of(new Pause(3000, 6000)))));
    }

    /** Records the start of a WebM with a video track as the applicant, as if it lasted eight seconds. */
    public RecordingSummary recordedVideo(Setup setup) {
        byte[] webm = TestVideo.webm(true);
        return as(setup.applicant(), () -> recordings.upload(setup.question().id(), new ByteArrayInputStream(webm),
                webm.length, new Delivery(8000, 5000, List.of(new Pause(3000, 6000)))));
    }

    public RecordingService recordings() {
        return recordings;
    }

    public void share(Setup setup, RecordingSummary recording) {
        as(setup.applicant(), () -> {
            sharing.share(ref(recording.id()), setup.mentor().id());
            return null;
        });
    }

    public void revoke(Setup setup, RecordingSummary recording) {
        as(setup.applicant(), () -> {
            sharing.revoke(ref(recording.id()), setup.mentor().id());
            return null;
        });
    }

    /** Puts a transcript of the recording in a state, as the worker would leave it. */
    public void transcriptIn(RecordingSummary recording, String status, int attempts, String lastError) {
        jdbc.sql("""
                        insert into recording_transcript (recording_id, status, attempts, last_error, next_attempt_at,
                                                          created_at, updated_at)
                        values (:id, :status, :attempts, :error, now(), now(), now())
                        on conflict (recording_id) do update set status = :status, attempts = :attempts, last_error = :error""")
                .param("id", recording.id()).param("status", status).param("attempts", attempts).param("error", lastError)
                .update();
    }

    /**
     * The transcript of the eight-second recording as the worker keeps it: an "um" at 0:00, 3 s of pause,
     * then a filler "like" and a "you know".
     */
    public void transcribed(RecordingSummary recording) {
        transcriptIn(recording, "DONE", 1, null);
        jdbc.sql("""
                        update recording_transcript set language = 'english',
                               text = 'Um, I fell for radiology on a night shift. Like, the CT showed the bleed, you know.',
                               segments = cast(:segments as jsonb) where recording_id = :id""")
                .param("segments", """
                        [{"startMs":0,"endMs":3000,"text":"Um, I fell for radiology on a night shift."},
                         {"startMs":6000,"endMs":8000,"text":"Like, the CT showed the bleed, you know."}]""")
                .param("id", recording.id()).update();
    }

    public static SubjectRef ref(long recordingId) {
        return SubjectRef.of("recording", recordingId);
    }

    public <T> T as(AccountSummary account, Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        accounts.signIn(account);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
