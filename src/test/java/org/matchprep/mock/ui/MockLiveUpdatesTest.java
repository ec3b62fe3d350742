package org.matchprep.mock.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.mock.AvailabilityService;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.MockFixture;
import org.matchprep.mock.MockFormat;
import org.matchprep.mock.MockInterview;
import org.matchprep.mock.WindowForm;
import org.matchprep.testing.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Booking pages and mock lists follow the mentor's calendar while open: a slot someone else takes, a mock the
 * other side cancels, a window the mentor adds, each heard through PostgreSQL (as from any node) and pushed.
 */
class MockLiveUpdatesTest extends KaribuTest {

    @Autowired
    MockFixture fixture;
    @Autowired
    BookingService bookings;
    @Autowired
    AvailabilityService availability;
    @Autowired
    LiveCalendars live;

    @Test
    void a_slot_another_applicant_books_leaves_the_open_booking_page() {
        MockFixture.Pair pair = fixture.pairedCouple();
        AccountSummary rival = fixture.applicantIn(MockFixture.KOLKATA);
        fixture.pair(rival, pair.mentor());
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        Instant nine = fixture.at(pair.mentor(), day, 9, 0);
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews/book");
        BookMockView view = _get(BookMockView.class);
        _setValue(view.day, nine.atZone(MockFixture.KOLKATA).toLocalDate());
        String nineText = MockTimes.slotText(nine, MockFixture.KOLKATA, MockFixture.CHICAGO);
        assertThat(slotTexts(view)).contains(nineText);
        assertThat(live.watching(pair.mentor().id())).isEqualTo(1);

        as(rival, () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY, nine));

        eventually(() -> assertThat(slotTexts(view)).isNotEmpty().doesNotContain(nineText));
    }

    @Test
    void a_window_the_mentor_adds_appears_on_the_open_booking_page() {
        MockFixture.Pair pair = fixture.pairedCouple();
        LocalDate day = fixture.inDays(3, pair.mentor());
        Instant nine = fixture.at(pair.mentor(), day, 9, 0);
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews/book");
        BookMockView view = _get(BookMockView.class);
        _setValue(view.day, nine.atZone(MockFixture.KOLKATA).toLocalDate());
        assertThat(slotTexts(view)).isEmpty();

        as(pair.mentor(), () -> availability.addWindow(WindowForm.once(day, LocalTime.of(9, 0), LocalTime.of(12, 0),
                EnumSet.allOf(MockFormat.class))));

        eventually(() -> assertThat(slotTexts(view))
                .contains(MockTimes.slotText(nine, MockFixture.KOLKATA, MockFixture.CHICAGO)));
    }

    @Test
    void a_mock_the_mentor_cancels_moves_to_past_and_cancelled_on_the_applicants_open_list() {
        MockFixture.Pair pair = fixture.pairedCouple();
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        MockInterview mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY,
                fixture.at(pair.mentor(), day, 9, 0)));
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews");
        MockInterviewsView view = _get(MockInterviewsView.class);
        assertThat(view.past.getElement().getTextRecursively()).doesNotContain("Cancelled");

        as(pair.mentor(), () -> bookings.cancel(mock.id(), "Called in for a night shift."));

        eventually(() -> assertThat(view.past.getElement().getTextRecursively())
                .contains("Cancelled: Called in for a night shift."));
        assertThat(view.upcoming.getElement().getTextRecursively()).contains("Nothing booked yet");
    }

    @Test
    void a_booking_page_that_left_the_screen_is_told_nothing_more() {
        MockFixture.Pair pair = fixture.pairedCouple();
        signIn(pair.applicant());
        UI.getCurrent().navigate("mock-interviews/book");
        assertThat(live.watching(pair.mentor().id())).isEqualTo(1);

        UI.getCurrent().navigate("");

        assertThat(live.watching(pair.mentor().id())).isZero();
    }

    private static List<String> slotTexts(BookMockView view) {
        return _find(view.slots, Button.class).stream().map(button -> button.getElement().getTextRecursively()).toList();
    }

    private static void eventually(Runnable check) {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            check.run();
        });
    }
}
