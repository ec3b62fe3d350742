package org.matchprep.mock.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.MockFixture;
import org.matchprep.mock.MockFixture.Pair;
import org.matchprep.mock.MockFormat;
import org.matchprep.mock.RankVerdict;
import org.matchprep.mock.ScorecardService;
import org.matchprep.practice.Delivery;
import org.matchprep.practice.PracticeSubject;
import org.matchprep.practice.RecordingService;
import org.matchprep.practice.RecordingSummary;
import org.matchprep.practice.TestAudio;
import org.matchprep.testing.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The mentor attaches a recording of the mock to the scorecard; the applicant follows it from the card. */
class ScorecardRecordingViewsTest extends KaribuTest {

    @Autowired
    MockFixture mocks;

    @Autowired
    RecordingService recordings;

    @Autowired
    ScorecardService scorecards;

    @Test
    void the_mentor_attaches_the_mocks_recording_and_the_applicant_listens_from_the_scorecard() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 2, MockFormat.FACULTY);
        byte[] wav = TestAudio.wav(3000, 3000, 2000);
        RecordingSummary kept = as(pair.applicant(), () -> recordings.upload(PracticeSubject.mock(mock),
                new ByteArrayInputStream(wav), wav.length, new Delivery(8000, 5000, List.of())));

        signIn(pair.mentor());
        UI.getCurrent().navigate("mock-interviews");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Score the mock with " + pair.applicant().displayName())));
        ScorecardDialog dialog = _get(ScorecardDialog.class);
        assertThat(dialog.recording.isVisible()).isTrue();
        assertThat(dialog.recording.getListDataView().getItems()).containsExactly(kept.id());
        assertThat(dialog.recording.getItemLabelGenerator().apply(kept.id())).startsWith("0:08, recorded ");
        assertThat(_get(dialog, Anchor.class, spec -> spec.withText("Listen (0:08)")).getHref())
                .isEqualTo("practice/listen/" + kept.id());
        dialog.scores.groups.values().forEach(group -> _setValue(group, 4));
        _setValue(dialog.wouldRank, RankVerdict.RANK);
        _setValue(dialog.recording, kept.id());
        _click(dialog.save);
        assertThat(as(pair.mentor(), () -> scorecards.scorecard(mock)).orElseThrow().recordingId()).isEqualTo(kept.id());

        newSession();
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews");
        _click(_get(Button.class, spec -> spec.withText("See scorecard")));
        ScorecardDialog reading = _get(ScorecardDialog.class);
        Anchor listen = _get(reading, Anchor.class);
        assertThat(listen.getText()).startsWith("Listen to the recording attached (0:08, recorded ");
        assertThat(listen.getHref()).isEqualTo("practice/listen/" + kept.id());
        assertThat(reading.getElement().getTextRecursively()).contains("Pace: 4 of 5", Criterion.PACE.level(4));
    }

    @Test
    void without_a_shared_recording_the_mentor_is_told_how_one_arrives() {
        Pair pair = mocks.pairedCouple();
        mocks.pastMock(pair, 2, MockFormat.FACULTY);

        signIn(pair.mentor());
        UI.getCurrent().navigate("mock-interviews");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Score the mock with " + pair.applicant().displayName())));
        ScorecardDialog dialog = _get(ScorecardDialog.class);

        assertThat(dialog.recording.isVisible()).isFalse();
        assertThat(dialog.getElement().getTextRecursively()).contains(pair.applicant().displayName()
                + " has not shared a recording of this mock with you.");
    }
}
