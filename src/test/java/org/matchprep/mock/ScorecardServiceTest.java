package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.mock.MockFixture.Pair;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class ScorecardServiceTest extends IntegrationTest {

    @Autowired
    ScorecardService service;

    @Autowired
    BookingService bookings;

    @Autowired
    MockFixture fixture;

    @Autowired
    JdbcClient jdbc;

    static Scorecard allScores(int score) {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.current()) {
            scores.put(criterion, score);
        }
        return Scorecard.form(scores, RankVerdict.RANK, List.of(new QuestionNote("Tell me about yourself.", null, "Strong opening, long middle.")),
                "Work on pace.");
    }

    private long scorecardsOf(long bookingId) {
        return jdbc.sql("select count(*) from mock_scorecard where booking_id = ?").param(bookingId).query(Long.class).single();
    }

    private AccountSummary caller(Who who, Pair pair) {
        return switch (who) {
            case APPLICANT -> { accounts.signIn(pair.applicant()); yield pair.applicant(); }
            case MENTOR -> { accounts.signIn(pair.mentor()); yield pair.mentor(); }
            default -> signedIn(who);
        };
    }

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void scoring_is_for_the_mocks_mentor_only(Who who) {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        caller(who, pair);

        if (who == Who.MENTOR) {
            assertThat(service.score(mock, allScores(4)).average()).isEqualTo(4.0);
            assertThat(scorecardsOf(mock)).isEqualTo(1);
        } else {
            assertThatThrownBy(() -> service.score(mock, allScores(4))).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(scorecardsOf(mock)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void reading_a_scorecard_is_for_its_applicant_and_mentor_only(Who who) {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        as(pair.mentor(), () -> service.score(mock, allScores(3)));
        caller(who, pair);

        if (who == Who.APPLICANT || who == Who.MENTOR) {
            Scorecard card = service.scorecard(mock).orElseThrow();
            assertThat(card.scores()).containsEntry(Criterion.PACE, 3);
            assertThat(card.notes()).extracting(QuestionNote::questionTitle).containsExactly("Tell me about yourself.");
            assertThat(card.overallNotes()).isEqualTo("Work on pace.");
        } else {
            assertThatThrownBy(() -> service.scorecard(mock)).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void the_trend_is_for_applicants_only(Who who) {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        as(pair.mentor(), () -> service.score(mock, allScores(3)));
        caller(who, pair);

        if (who == Who.APPLICANT) {
            assertThat(service.myScorecards()).extracting(Scorecard::bookingId).containsExactly(mock);
        } else {
            assertThatThrownBy(() -> service.myScorecards()).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void a_mentor_made_applicant_can_no_longer_score_the_mock_they_ran() {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        accounts.signIn(accounts.changeRole(pair.mentor(), Role.APPLICANT));

        assertThatThrownBy(() -> service.score(mock, allScores(4))).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(scorecardsOf(mock)).isZero();
    }

    @Test
    void an_applicant_made_mentor_no_longer_sees_their_own_trend_and_made_admin_no_longer_reads_their_scorecards() {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        as(pair.mentor(), () -> service.score(mock, allScores(3)));

        accounts.signIn(accounts.changeRole(pair.applicant(), Role.MENTOR));
        assertThatThrownBy(() -> service.myScorecards()).isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(accounts.changeRole(pair.applicant(), Role.ADMIN));
        assertThatThrownBy(() -> service.scorecard(mock)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.scorecardsOfMyMocks()).isInstanceOf(AuthorizationDeniedException.class);
    }

    // --- other people's data and rules -----------------------------------------------------------

    @Test
    void another_mentor_or_applicant_can_neither_score_nor_read_a_mock_by_its_id() {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        as(pair.mentor(), () -> service.score(mock, allScores(3)));

        AccountSummary otherMentor = fixture.mentorIn(MockFixture.CHICAGO);
        assertThatThrownBy(() -> as(otherMentor, () -> service.score(mock, allScores(1)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherMentor, () -> service.scorecard(mock))).isInstanceOf(AccessDeniedException.class);
        AccountSummary otherApplicant = fixture.applicantIn(MockFixture.BERLIN);
        assertThatThrownBy(() -> as(otherApplicant, () -> service.scorecard(mock))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(otherApplicant, () -> service.myScorecards())).isEmpty();
        assertThat(as(pair.applicant(), () -> service.scorecard(mock)).orElseThrow().average()).isEqualTo(3.0);
    }

    @Test
    void a_mock_that_has_not_taken_place_cannot_be_scored() {
        Pair pair = fixture.pairedCouple();
        LocalDate day = fixture.inDays(3, pair.mentor());
        fixture.morning(pair.mentor(), day);
        MockInterview future = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY,
                fixture.at(pair.mentor(), day, 9, 0)));

        assertThatThrownBy(() -> as(pair.mentor(), () -> service.score(future.id(), allScores(4))))
                .isInstanceOf(BookingException.class).hasMessageContaining("once it has taken place");
        assertThat(scorecardsOf(future.id())).isZero();
    }

    @Test
    void a_scorecard_holds_every_criterion_of_the_rubric_and_the_verdict() {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        Map<Criterion, Integer> scores = new EnumMap<>(allScores(4).scores());
        scores.put(Criterion.UNDERSTANDING_RADIOLOGY, 2);

        Scorecard saved = as(pair.mentor(), () -> service.score(mock, Scorecard.form(scores, RankVerdict.NOT_YET, List.of(), "")));

        Scorecard read = as(pair.applicant(), () -> service.scorecard(mock)).orElseThrow();
        assertThat(read.scores()).containsOnlyKeys(Criterion.current()).containsEntry(Criterion.UNDERSTANDING_RADIOLOGY, 2);
        assertThat(read.wouldRank()).isEqualTo(RankVerdict.NOT_YET);
        assertThat(read.isEarlierRubric()).isFalse();
        assertThat(read.average(Criterion.Group.PROGRAMS_LOOK_FOR)).hasValue(3.6);
        assertThat(read.average(Criterion.Group.DELIVERY)).hasValue(4.0);
        assertThat(saved.scores()).isEqualTo(read.scores());
        assertThat(jdbc.sql("select count(*) from mock_scorecard_score where booking_id = ?").param(mock).query(Long.class).single())
                .isEqualTo(Criterion.current().size());
    }

    @Test
    void rescoring_an_earlier_rubric_scorecard_keeps_its_old_criteria_and_adds_the_new_ones() {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        // as V52 left a scorecard of the earlier rubric: its eight criteria, no verdict
        jdbc.sql("insert into mock_scorecard (booking_id, overall_notes, scored_at) values (?, 'Old notes', now())").param(mock).update();
        for (String criterion : List.of("STRUCTURE", "CONCISION", "FILLER_WORDS", "PACE", "EYE_CONTACT", "PRESENCE",
                "SPECIFICITY", "IMG_QUESTIONS")) {
            jdbc.sql("insert into mock_scorecard_score (booking_id, criterion, score) values (?, ?, 2)").params(mock, criterion).update();
        }
        Scorecard earlier = as(pair.applicant(), () -> service.scorecard(mock)).orElseThrow();
        assertThat(earlier.isEarlierRubric()).isTrue();
        assertThat(earlier.wouldRank()).isNull();
        assertThat(earlier.scores()).hasSize(8).containsEntry(Criterion.IMG_QUESTIONS, 2);

        Scorecard rescored = as(pair.mentor(), () -> service.score(mock, allScores(5)));

        assertThat(rescored.isEarlierRubric()).isFalse();
        assertThat(rescored.scores()).hasSize(Criterion.current().size() + 2)
                .containsEntry(Criterion.SPECIFICITY, 2).containsEntry(Criterion.IMG_QUESTIONS, 2).containsEntry(Criterion.PACE, 5);
    }

    @Test
    void a_refused_scorecard_names_each_score_and_note_row_at_fault_and_skips_empty_rows() {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        accounts.signIn(pair.mentor());
        Map<Criterion, Integer> withoutPace = new EnumMap<>(allScores(4).scores());
        withoutPace.remove(Criterion.PACE);
        Scorecard form = Scorecard.form(withoutPace, null, List.of(new QuestionNote("", null, ""),
                new QuestionNote(" ", null, "A note without its question")), "o".repeat(Scorecard.OVERALL_MAX_LENGTH + 1));

        BookingException refused = catchThrowableOfType(BookingException.class, () -> service.score(mock, form));

        assertThat(refused.fields()).containsExactly("scores[PACE]", "wouldRank", "notes[1].questionTitle", "overallNotes");
        assertThat(refused.messageFor("wouldRank")).contains("Say whether you would rank this applicant.");
        assertThat(refused.messageFor("scores[PACE]")).contains("Score pace from 1 to 5.");
        assertThat(scorecardsOf(mock)).isZero();
    }

    @Test
    void scores_outside_one_to_five_or_missing_are_refused_and_nothing_is_written() {
        Pair pair = fixture.pairedCouple();
        long mock = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        accounts.signIn(pair.mentor());
        Scorecard missing = Scorecard.form(Map.of(Criterion.PACE, 3), RankVerdict.RANK, List.of(), null);

        assertThatThrownBy(() -> service.score(mock, allScores(0))).isInstanceOf(BookingException.class).hasMessageContaining("from 1 to 5");
        assertThatThrownBy(() -> service.score(mock, allScores(6))).isInstanceOf(BookingException.class);
        assertThatThrownBy(() -> service.score(mock, missing)).isInstanceOf(BookingException.class);
        assertThat(scorecardsOf(mock)).isZero();
    }

    @Test
    void the_applicant_is_told_once_and_sees_the_trend_oldest_first() {
        Pair pair = fixture.pairedCouple();
        long older = fixture.pastMock(pair, 9, MockFormat.STRESS);
        long newer = fixture.pastMock(pair, 2, MockFormat.FACULTY);
        as(pair.mentor(), () -> service.score(newer, allScores(4)));
        as(pair.mentor(), () -> service.score(older, allScores(2)));
        as(pair.mentor(), () -> service.score(newer, allScores(5))); // a correction

        List<Scorecard> trend = as(pair.applicant(), () -> service.myScorecards());

        assertThat(trend).extracting(Scorecard::bookingId).containsExactly(older, newer);
        assertThat(trend).extracting(Scorecard::average).containsExactly(2.0, 5.0);
        long told = jdbc.sql("select count(*) from notification where recipient_id = ? and kind = 'SCORECARD_READY'")
                .param(pair.applicant().id()).query(Long.class).single();
        assertThat(told).isEqualTo(2);
        String svg = TrendChart.svg(trend, ZoneId.of("UTC"));
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<polyline");
        assertThat(svg.split("<circle", -1)).hasSize(3);
        assertThat(svg).doesNotContain("Tell me about yourself");
    }
}
