package org.matchprep.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.answers.AnswerService;
import org.matchprep.practice.RecordingFixture.Setup;
import org.matchprep.practice.TranscriptAnalysis.Filler;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reading transcripts by role, and what happens without a transcription server (this context has none:
 * {@code matchprep.transcription.url} is unset). The worker and the server are {@link TranscriptionWorkerTest}'s.
 */
class TranscriptServiceTest extends IntegrationTest {

    @Autowired
    TranscriptService transcripts;

    @Autowired
    AnswerService answers;

    @Autowired
    RecordingFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PracticePersonalData personalData;

    @Test
    void without_a_server_nothing_is_queued_and_the_transcript_says_transcription_is_off() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);

        assertThat(jdbc.sql("select count(*) from recording_transcript where recording_id = ?").param(kept.id())
                .query(Long.class).single()).isZero();
        TranscriptView view = fixture.as(setup.applicant(), () -> transcripts.transcript(kept.id()));
        assertThat(view.status()).isEqualTo(TranscriptView.Status.OFF);
        assertThat(fixture.as(setup.applicant(), () -> transcripts.transcriptionOn())).isFalse();
    }

    @Test
    void the_applicant_reads_the_transcript_with_pace_fillers_and_what_was_said_of_the_written_answer() {
        Setup setup = fixture.paired();
        fixture.as(setup.applicant(), () -> answers.save(setup.question().id(), -1, Map.of("answer",
                "I fell for radiology on a night shift. My goal is interventional radiology in an academic program.")));
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcribed(kept);

        TranscriptView view = fixture.as(setup.applicant(), () -> transcripts.transcript(kept.id()));

        assertThat(view.status()).isEqualTo(TranscriptView.Status.DONE);
        assertThat(view.transcript().segments()).hasSize(2);
        assertThat(view.analysis().words()).isEqualTo(17);
        assertThat(view.analysis().wordsPerMinute()).isEqualTo(204); // 17 words in 5 s of speaking time
        assertThat(view.analysis().fillers()).containsExactly(new Filler("um", 0), new Filler("like", 6000),
                new Filler("you know", 7750));
        assertThat(view.analysis().parts()).extracting(TranscriptAnalysis.WrittenPart::covered).containsExactly(true, false);
    }

    @Test
    void the_mentor_it_is_shared_with_reads_the_transcript_but_not_the_comparison_with_a_text_not_shared() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcribed(kept);
        fixture.share(setup, kept);

        TranscriptView view = fixture.as(setup.mentor(), () -> transcripts.transcript(kept.id()));

        assertThat(view.status()).isEqualTo(TranscriptView.Status.DONE);
        assertThat(view.analysis().fillers()).hasSize(3);
        assertThat(view.analysis().parts()).isEmpty();
    }

    @Test
    void a_pending_or_failed_transcript_says_where_it_stands() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcriptIn(kept, "FAILED", 5, "The transcription server answered 500");

        TranscriptView view = fixture.as(setup.applicant(), () -> transcripts.transcript(kept.id()));

        assertThat(view.status()).isEqualTo(TranscriptView.Status.FAILED);
        assertThat(view.attempts()).isEqualTo(5);
        assertThat(view.lastError()).isEqualTo("The transcription server answered 500");
        assertThat(view.transcript()).isNull();
    }

    @Test
    void a_mentor_it_is_not_shared_with_or_no_longer_shared_with_is_refused() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcribed(kept);

        assertThatThrownBy(() -> fixture.as(setup.mentor(), () -> transcripts.transcript(kept.id())))
                .isExactlyInstanceOf(AccessDeniedException.class);
        fixture.share(setup, kept);
        fixture.revoke(setup, kept);
        assertThatThrownBy(() -> fixture.as(setup.mentor(), () -> transcripts.transcript(kept.id())))
                .isExactlyInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void nobody_else_reads_a_transcript_whatever_their_role(Who who) {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcribed(kept);
        signInAs(who);

        assertThatThrownBy(() -> transcripts.transcript(kept.id()))
                .isExactlyInstanceOf(who.refusedWhereOnly(Who.APPLICANT, Who.MENTOR, Who.ADMIN));
    }

    @Test
    void the_data_export_carries_the_transcript_with_its_recording() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcribed(kept);

        String exported = String.valueOf(personalData.exportFor(setup.applicant().id()));

        assertThat(exported).contains("transcript_status=DONE", "Um, I fell for radiology on a night shift.",
                "\"startMs\": 6000");
    }

    @Test
    void an_unknown_recording_is_refused_as_someone_elses_is() {
        signInAs(Who.APPLICANT);
        assertThatThrownBy(() -> transcripts.transcript(Long.MAX_VALUE)).isExactlyInstanceOf(AccessDeniedException.class)
                .hasMessage(RecordingService.refused().getMessage());
    }
}
