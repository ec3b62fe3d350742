package org.matchprep.mock.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.Criterion;
import org.matchprep.mock.RankVerdict;
import org.matchprep.mock.MockFixture;
import org.matchprep.mock.MockFormat;
import org.matchprep.mock.Scorecard;
import org.matchprep.mock.ScorecardService;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.StatementCounter;
import org.matchprep.testing.StatementCounter.Recording;
import org.springframework.beans.factory.annotation.Autowired;

/** The mock-interviews page reads in as many statements with fifty past mocks as with one. */
class MockInterviewsStatementsTest extends KaribuTest {

    @Autowired
    MockFixture fixture;

    @Autowired
    BookingService bookings;

    @Autowired
    ScorecardService scorecards;


    /** A pair with {@code pastMocks} past mocks, every other one scored, and one upcoming mock. */
    private MockFixture.Pair pairWith(int pastMocks) {
        MockFixture.Pair pair = fixture.pairedCouple();
        for (int day = 1; day <= pastMocks; day++) {
            long mock = fixture.pastMock(pair, day, MockFormat.FACULTY);
            if (day % 2 == 1) {
                as(pair.mentor(), () -> scorecards.score(mock, scores()));
            }
        }
        LocalDate upcoming = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), upcoming);
        as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.STRESS, fixture.at(pair.mentor(), upcoming, 9, 0)));
        return pair;
    }

    private static Scorecard scores() {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.current()) {
            scores.put(criterion, 4);
        }
        return Scorecard.form(scores, RankVerdict.RANK, List.of(), "");
    }

    @Test
    void the_applicants_page_reads_as_many_statements_for_fifty_past_mocks_as_for_one() {
        MockFixture.Pair one = pairWith(1);
        MockFixture.Pair fifty = pairWith(50);
        statementsOpening(one.applicant(), "mock-interviews");

        Recording withOne = statementsOpening(one.applicant(), "mock-interviews");
        Recording withFifty = statementsOpening(fifty.applicant(), "mock-interviews");

        StatementCounter.assertSameCount(withOne, withFifty);
        assertThat(_find(Button.class, spec -> spec.withText("See scorecard"))).hasSize(25);
    }

    @Test
    void the_mentors_page_reads_as_many_statements_for_fifty_past_mocks_as_for_one() {
        MockFixture.Pair one = pairWith(1);
        MockFixture.Pair fifty = pairWith(50);
        statementsOpening(one.mentor(), "mock-interviews");

        Recording withOne = statementsOpening(one.mentor(), "mock-interviews");
        Recording withFifty = statementsOpening(fifty.mentor(), "mock-interviews");

        StatementCounter.assertSameCount(withOne, withFifty);
        assertThat(_find(Button.class, spec -> spec.withText("Edit scorecard"))).hasSize(25);
        assertThat(_find(Button.class, spec -> spec.withText("Score"))).hasSize(25);
    }
}
