package org.matchprep.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.practice.RecordingFixture.Setup;
import org.matchprep.review.ReviewPage;
import org.matchprep.review.ReviewService;
import org.matchprep.review.ThreadView;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Recordings kept, measured, streamed, shared and refused, by role and with other people's ids. */
class RecordingServiceTest extends IntegrationTest {

    @Autowired
    RecordingService recordings;

    @Autowired
    ReviewService review;

    @Autowired
    RecordingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_kept_wav_is_measured_by_the_server_and_streams_back_byte_for_byte() throws IOException {
        Setup setup = fixture.paired();
        byte[] wav = TestAudio.wav(RecordingFixture.EIGHT_SECONDS);
        // the browser claims 7.9 s; the WAV header says 8 s, and the server's figure wins
        RecordingSummary kept = fixture.as(setup.applicant(), () -> recordings.upload(setup.question().id(),
                new ByteArrayInputStream(wav), wav.length, new Delivery(7900, 5000, List.of(new Pause(3000, 6000),
                        new Pause(7000, 7500)))));

        assertThat(kept.contentType()).isEqualTo("audio/wav");
        assertThat(kept.bytes()).isEqualTo(wav.length);
        assertThat(kept.delivery().durationMs()).isEqualTo(8000);
        assertThat(kept.delivery().longPauses()).containsExactly(new Pause(3000, 6000)); // short pauses are left out
        assertThat(kept.verdict()).isEqualTo("On target (up to 2:00).");
        accounts.signIn(setup.applicant());
        assertThat(read(kept.id(), 0, wav.length - 1)).isEqualTo(wav);
        assertThat(read(kept.id(), 262_000, 262_300)).isEqualTo(Arrays.copyOfRange(wav, 262_000, 262_301));
        assertThat(recordings.attempts(setup.question().id())).extracting(RecordingSummary::id).containsExactly(kept.id());
    }

    @Test
    void a_recording_with_a_video_track_is_kept_as_video_and_one_with_sound_only_as_audio() throws IOException {
        Setup setup = fixture.paired();
        byte[] webm = TestVideo.webm(true);
        RecordingSummary video = upload(setup, webm, webm.length, 8000);
        RecordingSummary audio = upload(setup, TestVideo.webm(false), -1, 8000);
        RecordingSummary mp4 = upload(setup, TestVideo.mp4(true), -1, 8000);

        assertThat(video.contentType()).isEqualTo("video/webm");
        assertThat(audio.contentType()).isEqualTo("audio/webm");
        assertThat(mp4.contentType()).isEqualTo("video/mp4");
        accounts.signIn(setup.applicant());
        assertThat(recordings.content(video.id()).contentType()).isEqualTo("video/webm");
        assertThat(read(video.id(), 0, webm.length - 1)).isEqualTo(webm);
        assertThat(recordings.attempts(setup.question().id())).extracting(RecordingSummary::contentType)
                .containsExactly("video/mp4", "audio/webm", "video/webm");
    }

    @Test
    void anything_that_is_not_audio_is_refused_whatever_it_claims_and_nothing_remains() {
        Setup setup = fixture.paired();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes();

        assertThatThrownBy(() -> upload(setup, html, html.length, 8000))
                .isInstanceOf(RecordingRejectedException.class).hasMessageContaining("only WebM, Ogg, MP4 and WAV");
        assertThat(recordingsOf(setup.applicant())).isZero();
        assertThat(jdbc.sql("select count(*) from recording_chunk c where not exists"
                + " (select 1 from recording r where r.id = c.recording_id)").query(Long.class).single()).isZero();
    }

    @Test
    void empty_truncated_too_long_and_too_large_uploads_are_refused_with_a_message_and_leave_nothing() {
        Setup setup = fixture.paired();
        byte[] wav = TestAudio.wav(RecordingFixture.EIGHT_SECONDS);
        byte[] cut = Arrays.copyOf(wav, wav.length / 2); // the header announces twice as much

        assertThatThrownBy(() -> upload(setup, new byte[0], 0, 8000)).hasMessageContaining("empty");
        assertThatThrownBy(() -> upload(setup, cut, cut.length, 8000)).hasMessageContaining("incomplete");
        assertThatThrownBy(() -> upload(setup, wav, wav.length + 100, 8000)).hasMessageContaining("incomplete");
        assertThatThrownBy(() -> upload(setup, wav, wav.length, 6 * 60_000)).hasMessageContaining("at most 5:00");
        assertThatThrownBy(() -> upload(setup, wav, 26L * 1024 * 1024, 8000)).hasMessageContaining("at most 25 MB");
        assertThatThrownBy(() -> fixture.as(setup.applicant(), () -> recordings.upload(setup.question().id(),
                endless(), -1, new Delivery(8000, 1000, List.of())))).hasMessageContaining("at most 25 MB");
        assertThatThrownBy(() -> fixture.as(setup.applicant(), () -> recordings.upload(setup.question().id(),
                new ByteArrayInputStream(wav), wav.length, new Delivery(8000, 9000, List.of()))))
                .hasMessageContaining("speaking time");
        assertThat(recordingsOf(setup.applicant())).isZero();
    }

    @Test
    void a_stream_is_checked_on_every_request_and_a_revoked_share_stops_the_next_one() throws IOException {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.share(setup, kept);

        accounts.signIn(setup.mentor());
        assertThat(read(kept.id(), 0, 99)).hasSize(100);
        fixture.revoke(setup, kept);
        accounts.signIn(setup.mentor());
        assertThatThrownBy(() -> recordings.content(kept.id())).isExactlyInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void only_the_owner_and_a_mentor_it_is_shared_with_may_listen(Who who) {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.share(setup, kept);
        switch (who) {
            case APPLICANT -> accounts.signIn(setup.applicant());
            case MENTOR -> accounts.signIn(setup.mentor());
            default -> signInAs(who);
        }
        if (who == Who.APPLICANT || who == Who.MENTOR) {
            assertThat(recordings.content(kept.id()).bytes()).isEqualTo(kept.bytes());
            assertThat(recordings.recording(kept.id()).mine()).isEqualTo(who == Who.APPLICANT);
        } else {
            assertThatThrownBy(() -> recordings.content(kept.id())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void other_people_are_refused_another_applicants_recording_by_id(Who who) {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        signInAs(who); // a fresh account of this kind: not the owner, nothing shared with them
        assertThatThrownBy(() -> recordings.content(kept.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recordings.recording(kept.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recordings.delete(kept.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> recordings.markBest(kept.id())).isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT));
        assertThatThrownBy(() -> recordings.commentAt(kept.id(), 1000, "Slow down"))
                .isExactlyInstanceOf(who.refusedWhereOnly(Who.MENTOR));
        assertThat(recordingsOf(setup.applicant())).isOne();
    }

    @ParameterizedTest
    @EnumSource(value = Who.class, names = {"ANONYMOUS", "MENTOR", "ADMIN"})
    void only_applicants_record(Who who) {
        Setup setup = fixture.paired();
        signInAs(who);
        byte[] wav = TestAudio.wav(RecordingFixture.EIGHT_SECONDS);
        assertThatThrownBy(() -> recordings.upload(setup.question().id(), new ByteArrayInputStream(wav), wav.length,
                new Delivery(8000, 5000, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recordings.attempts(setup.question().id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_applicant_cannot_record_on_another_applicants_own_question() {
        Setup setup = fixture.paired();
        AccountSummary other = accounts.applicant();
        byte[] wav = TestAudio.wav(RecordingFixture.EIGHT_SECONDS);
        assertThatThrownBy(() -> fixture.as(other, () -> recordings.upload(setup.question().id(),
                new ByteArrayInputStream(wav), wav.length, new Delivery(8000, 5000, List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(recordingsOf(other)).isZero();
    }

    @Test
    void one_attempt_is_the_best_and_deleting_one_removes_its_bytes() {
        Setup setup = fixture.paired();
        RecordingSummary first = fixture.recorded(setup);
        RecordingSummary second = fixture.recorded(setup);
        accounts.signIn(setup.applicant());

        recordings.markBest(first.id());
        recordings.markBest(second.id());
        assertThat(recordings.attempts(setup.question().id()))
                .extracting(RecordingSummary::id, RecordingSummary::best)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second.id(), true),
                        org.assertj.core.groups.Tuple.tuple(first.id(), false));

        recordings.delete(second.id());
        assertThat(jdbc.sql("select count(*) from recording_chunk where recording_id = ?").param(second.id())
                .query(Long.class).single()).isZero();
        assertThat(recordings.attempts(setup.question().id())).extracting(RecordingSummary::id).containsExactly(first.id());
    }

    @Test
    void a_mentor_comments_at_a_moment_and_the_applicant_reads_it_with_its_time() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.share(setup, kept);

        ThreadView thread = fixture.as(setup.mentor(), () -> recordings.commentAt(kept.id(), 4_300, "Slow down here"));

        assertThat(thread.quote()).isEqualTo("0:04");
        ReviewPage page = fixture.as(setup.applicant(), () -> review.open(RecordingFixture.ref(kept.id())));
        assertThat(page.threads()).singleElement().satisfies(seen -> {
            assertThat(seen.quote()).isEqualTo("0:04");
            assertThat(Recordings.parseClock(seen.quote())).isEqualTo(4_000);
            assertThat(seen.comments().getFirst().body()).isEqualTo("Slow down here");
        });
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and link = ?")
                .params(setup.applicant().id(), "review/recording/" + kept.id()).query(Long.class).single()).isOne();
    }

    @Test
    void a_mentor_the_recording_is_not_shared_with_cannot_comment_on_it() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        assertThatThrownBy(() -> fixture.as(setup.mentor(), () -> recordings.commentAt(kept.id(), 1000, "Hi")))
                .isExactlyInstanceOf(AccessDeniedException.class);
    }

    private RecordingSummary upload(Setup setup, byte[] body, long declared, int durationMs) {
        return fixture.as(setup.applicant(), () -> recordings.upload(setup.question().id(),
                new ByteArrayInputStream(body), declared, new Delivery(durationMs, 1000, List.of())));
    }

    private byte[] read(long id, long from, long to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        recordings.copy(recordings.content(id), from, to, out);
        return out.toByteArray();
    }

    private long recordingsOf(AccountSummary owner) {
        return jdbc.sql("select count(*) from recording where owner_id = ?").param(owner.id()).query(Long.class).single();
    }

    /** A WAV that never ends. */
    private static InputStream endless() {
        byte[] start = TestAudio.wav(1000);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                return position < start.length ? start[(int) position++] & 0xff : (int) (position++ & 0x7f);
            }
        };
    }
}
