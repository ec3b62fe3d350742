package org.matchprep.practice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.matchprep.answers.AnswerService;
import org.matchprep.practice.RecordingFixture;
import org.matchprep.practice.RecordingFixture.Setup;
import org.matchprep.practice.RecordingService;
import org.matchprep.practice.RecordingSummary;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.springframework.beans.factory.annotation.Autowired;

/** The practice pages without a browser: notes, recorder, attempts, best, progress; listening and moments. */
class PracticeViewsTest extends KaribuTest {

    @Autowired
    RecordingFixture fixture;

    @Autowired
    RecordingService recordings;

    @Autowired
    AnswerService answers;

    @Test
    void the_applicant_sees_notes_recorder_and_attempts_and_marks_the_best() {
        Setup setup = fixture.paired();
        fixture.as(setup.applicant(), () -> answers.save(setup.question().id(), -1,
                Map.of("answer", "I fell for radiology on a night shift in Chennai.")));
        RecordingSummary first = fixture.recorded(setup);
        fixture.recorded(setup);
        signIn(setup.applicant());

        UI.getCurrent().navigate("practice/" + setup.question().id());

        String page = _get(PractiseAloudView.class).getElement().getTextRecursively();
        assertThat(page).contains("Practise aloud", "target up to 2:00", "I fell for radiology on a night shift",
                "Length 0:08 · On target (up to 2:00) · speaking 0:05 (63%) · long pauses: at 0:03 (3.0 s)",
                "Over your attempts");
        assertThat(_find(Recorder.class)).hasSize(1);
        com.vaadin.flow.component.html.Div card = _find(com.vaadin.flow.component.html.Div.class).stream()
                .filter(div -> String.valueOf(first.id()).equals(div.getElement().getAttribute("data-recording")))
                .findFirst().orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("Mark as best")));
        assertThat(_get(AttemptsPanel.class).getElement().getTextRecursively()).contains("Best attempt", "1 (best)");
        assertThat(_find(Anchor.class, spec -> spec.withText("Share and feedback"))).extracting(Anchor::getHref)
                .contains("review/recording/" + first.id());
    }

    @Test
    void a_kept_recording_appears_when_the_browser_reports_it() {
        Setup setup = fixture.paired();
        signIn(setup.applicant());
        UI.getCurrent().navigate("practice/" + setup.question().id());
        assertThat(_get(AttemptsPanel.class).getElement().getTextRecursively()).contains("No attempts yet");

        RecordingSummary kept = fixture.recorded(setup);
        signIn(setup.applicant());
        _get(Recorder.class).recorded(kept.id()); // what the script calls after its upload

        assertThat(_get(AttemptsPanel.class).getElement().getTextRecursively()).contains("Length 0:08");
    }

    @Test
    void another_applicants_question_sends_the_applicant_back_to_their_questions() {
        Setup setup = fixture.paired();
        signIn(accounts.applicant());
        UI.getCurrent().navigate("practice/" + setup.question().id());
        assertThat(_find(PractiseAloudView.class)).isEmpty();
        assertThat(Shown.notifications()).contains("That question is not one of yours.");
    }

    @Test
    void the_mentor_it_is_shared_with_listens_and_the_applicant_sees_the_comment_at_its_moment() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        fixture.share(setup, kept);
        fixture.as(setup.mentor(), () -> recordings.commentAt(kept.id(), 4_200, "Slow down here"));

        signIn(setup.mentor());
        UI.getCurrent().navigate("practice/listen/" + kept.id());
        ListenView view = _get(ListenView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Shared recording", "Slow down here",
                "Pause at 0:03 (3.0 s)");
        assertThat(_find(Button.class, spec -> spec.withText("Comment at this moment"))).hasSize(1);

        newSession();
        signIn(setup.applicant());
        UI.getCurrent().navigate("practice/listen/" + kept.id());
        assertThat(_get(ListenView.class).getElement().getTextRecursively()).contains("Your recording", "Slow down here");
        _click(_get(Button.class, spec -> spec.withText("0:04"))); // seeks the player in the browser
        assertThat(_find(Button.class, spec -> spec.withText("Comment at this moment"))).isEmpty();
    }

    @Test
    void a_video_recording_plays_in_a_video_player_for_the_applicant_and_the_mentor_and_its_attempt_says_video() {
        Setup setup = fixture.paired();
        RecordingSummary video = fixture.recordedVideo(setup);
        RecordingSummary audio = fixture.recorded(setup);
        fixture.share(setup, video);

        signIn(setup.applicant());
        UI.getCurrent().navigate("practice/" + setup.question().id());
        assertThat(attemptCard(video.id()).getElement().getTextRecursively()).contains("Video");
        assertThat(attemptCard(audio.id()).getElement().getTextRecursively()).doesNotContain("Video");
        UI.getCurrent().navigate("practice/listen/" + video.id());
        Element player = player(_get(ListenView.class));
        assertThat(player.getTag()).isEqualTo("video");
        assertThat(player.getAttribute("src")).isEqualTo(video.streamUrl());
        assertThat(player.hasAttribute("controls")).isTrue();
        assertThat(player.getAttribute("preload")).isEqualTo("metadata");
        assertThat(player.getAttribute("aria-label")).isEqualTo("Video recording");
        _click(_get(Button.class, spec -> spec.withText("Pause at 0:03 (3.0 s)"))); // seeks the video in the browser
        UI.getCurrent().navigate("practice/listen/" + audio.id());
        assertThat(player(_get(ListenView.class)).getTag()).isEqualTo("audio");

        newSession();
        signIn(setup.mentor());
        UI.getCurrent().navigate("practice/listen/" + video.id());
        assertThat(player(_get(ListenView.class)).getTag()).isEqualTo("video");
        assertThat(_find(Button.class, spec -> spec.withText("Comment at this moment"))).hasSize(1);
    }

    private static Element player(ListenView view) {
        return view.getElement().getChildren().flatMap(Element::getChildren)
                .filter(element -> element.getTag().equals("video") || element.getTag().equals("audio"))
                .findFirst().orElseThrow();
    }

    private static com.vaadin.flow.component.html.Div attemptCard(long recordingId) {
        return _find(com.vaadin.flow.component.html.Div.class).stream()
                .filter(div -> String.valueOf(recordingId).equals(div.getElement().getAttribute("data-recording")))
                .findFirst().orElseThrow();
    }

    @Test
    void a_mentor_it_is_not_shared_with_is_sent_home() {
        Setup setup = fixture.paired();
        RecordingSummary kept = fixture.recorded(setup);
        signIn(setup.mentor());
        UI.getCurrent().navigate("practice/listen/" + kept.id());
        assertThat(_find(ListenView.class)).isEmpty();
        assertThat(Shown.notifications()).contains("This recording is not yours or not shared with you (any more).");
    }
}
