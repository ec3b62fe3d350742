package org.matchprep.practice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.matchprep.answers.AnswerService;
import org.matchprep.practice.RecordingFixture;
import org.matchprep.practice.RecordingFixture.Setup;
import org.matchprep.practice.RecordingSummary;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The transcript on a recording's page: switched off (this context has no transcription server), pending,
 * failed, and done with its times, pace, fillers and the written answer's parts; for the shared mentor too.
 */
class TranscriptPanelTest extends KaribuTest {

    @Autowired
    RecordingFixture fixture;

    @Autowired
    AnswerService answers;

    private String transcriptText() {
        return _get(TranscriptPanel.class).getElement().getTextRecursively();
    }

    @Test
    void without_a_server_the_page_says_transcription_is_off_and_how_an_admin_turns_it_on() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        signIn(setup.applicant());

        UI.getCurrent().navigate("practice/listen/" + kept.id());

        assertThat(transcriptText()).contains("Transcription is off. An admin turns it on by setting"
                + " matchprep.transcription.url to a speech-to-text server with the OpenAI-compatible"
                + " /v1/audio/transcriptions interface (whisper.cpp's server, faster-whisper servers, LocalAI).");
    }

    @Test
    void a_pending_transcript_says_it_is_being_made_and_a_failed_one_says_why() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcriptIn(kept, "PENDING", 1, "The transcription server answered 500");
        signIn(setup.applicant());

        UI.getCurrent().navigate("practice/listen/" + kept.id());
        assertThat(transcriptText()).contains("The transcript is being made", "Attempt 1 did not work",
                "answered 500", "trying again shortly");

        fixture.transcriptIn(kept, "FAILED", 5, "The transcription server answered 400: Invalid file format.");
        UI.getCurrent().navigate("practice/listen/" + kept.id());
        assertThat(transcriptText()).contains("could not be transcribed (5 attempts)", "Invalid file format.");
    }

    @Test
    void the_applicant_sees_the_transcript_with_times_pace_fillers_and_the_parts_said_and_skipped() {
        Setup setup = fixture.paired();
        fixture.as(setup.applicant(), () -> answers.save(setup.question().id(), -1, Map.of("answer",
                "I fell for radiology on a night shift. My goal is interventional radiology in an academic program.")));
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcribed(kept);
        signIn(setup.applicant());

        UI.getCurrent().navigate("practice/listen/" + kept.id());

        assertThat(transcriptText()).contains("17 words · 204 words per minute over the speaking time",
                "Filler words (3)", "\"um\" at 0:00", "\"like\" at 0:06", "\"you know\" at 0:07",
                "Um, I fell for radiology on a night shift.", "1 of 2 parts said",
                "Said: I fell for radiology on a night shift.",
                "Skipped: My goal is interventional radiology in an academic program.");
        _click(_get(_get(TranscriptPanel.class), Button.class, spec -> spec.withText("0:06"))); // seeks the player
    }

    @Test
    void the_mentor_it_is_shared_with_sees_the_transcript_without_the_written_answer() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcribed(kept);
        fixture.share(setup, kept);
        signIn(setup.mentor());

        UI.getCurrent().navigate("practice/listen/" + kept.id());

        assertThat(transcriptText()).contains("Like, the CT showed the bleed, you know.", "Filler words (3)")
                .doesNotContain("parts said");
    }

    @Test
    void another_applicant_sees_neither_the_recording_nor_its_transcript() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.transcribed(kept);
        signIn(accounts.applicant());

        UI.getCurrent().navigate("practice/listen/" + kept.id());

        assertThat(_find(TranscriptPanel.class)).isEmpty();
        assertThat(Shown.notifications()).contains("This recording is not yours or not shared with you (any more).");
    }
}
