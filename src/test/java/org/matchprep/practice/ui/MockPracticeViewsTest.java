package org.matchprep.practice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.matchprep.mock.MockFixture;
import org.matchprep.mock.MockFixture.Pair;
import org.matchprep.mock.MockFormat;
import org.matchprep.practice.Delivery;
import org.matchprep.practice.PracticeSubject;
import org.matchprep.practice.RecordingService;
import org.matchprep.practice.RecordingSummary;
import org.matchprep.practice.TestAudio;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Practise aloud" on a mock interview without a browser: reaching it, the recorder, attempts, refusals. */
class MockPracticeViewsTest extends KaribuTest {

    @Autowired
    MockFixture mocks;

    @Autowired
    RecordingService recordings;

    @Autowired
    JdbcClient jdbc;

    private RecordingSummary recordOn(Pair pair, long bookingId) {
        byte[] wav = TestAudio.wav(3000, 3000, 2000);
        return as(pair.applicant(), () -> recordings.upload(PracticeSubject.mock(bookingId),
                new ByteArrayInputStream(wav), wav.length, new Delivery(8000, 5000, List.of())));
    }

    @Test
    void the_applicant_follows_practise_aloud_from_the_mock_and_records_attempts_shared_with_its_mentor() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews");

        Anchor practise = _get(Anchor.class, spec -> spec.withText("Practise aloud"));
        assertThat(practise.getHref()).isEqualTo("practice/mock/" + mock);
        assertThat(practise.getElement().getAttribute("aria-label"))
                .isEqualTo("Practise aloud on the mock with " + pair.mentor().displayName());
        UI.getCurrent().navigate(practise.getHref());

        MockPractiseView view = _get(MockPractiseView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Practise aloud on a mock",
                "with " + pair.mentor().displayName(), "target up to 2:00 an answer",
                "shared with " + pair.mentor().displayName(), "No attempts yet");
        assertThat(_find(Recorder.class)).hasSize(1);

        RecordingSummary kept = recordOn(pair, mock);
        signIn(pair.applicant());
        _get(Recorder.class).recorded(kept.id()); // what the script calls after its upload
        assertThat(_get(AttemptsPanel.class).getElement().getTextRecursively()).contains("Length 0:08");

        UI.getCurrent().navigate("practice/listen/" + kept.id());
        assertThat(_get(Anchor.class, spec -> spec.withText("← All attempts")).getHref()).isEqualTo("practice/mock/" + mock);
    }

    @Test
    void someone_elses_mock_or_a_cancelled_one_sends_the_applicant_back_to_their_mocks() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        Pair others = mocks.pairedCouple();

        signIn(others.applicant());
        UI.getCurrent().navigate("practice/mock/" + mock);
        assertThat(_find(MockPractiseView.class)).isEmpty();
        assertThat(Shown.notifications()).contains("That mock interview is not one of yours.");

        jdbc.sql("update mock_booking set status = 'CANCELLED' where id = ?").param(mock).update();
        newSession();
        signIn(pair.applicant());
        UI.getCurrent().navigate("practice/mock/" + mock);
        assertThat(_find(MockPractiseView.class)).isEmpty();
        assertThat(Shown.notifications()).anyMatch(text -> text.contains("cancelled or moved"));
        UI.getCurrent().navigate("mock-interviews");
        assertThat(_find(Anchor.class, spec -> spec.withText("Practise aloud"))).isEmpty();
    }

    @Test
    void the_mentor_of_the_mock_listens_to_its_recording_and_may_comment() {
        Pair pair = mocks.pairedCouple();
        long mock = mocks.pastMock(pair, 1, MockFormat.FACULTY);
        RecordingSummary kept = recordOn(pair, mock);

        signIn(pair.mentor());
        UI.getCurrent().navigate("practice/listen/" + kept.id());
        assertThat(_get(ListenView.class).getElement().getTextRecursively()).contains("Shared recording",
                "Mock interview with " + pair.mentor().displayName());
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Comment at this moment")))
                .hasSize(1);
    }
}
