package org.matchprep.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Instant FIRST_MOCK = Instant.parse("2026-10-01T14:00:00Z");
    private static final Pattern X = Pattern.compile("\\b(?:x1|x2|x|cx)=\"([-\\d.]+)\"");
    private static final Pattern Y = Pattern.compile("\\b(?:y1|y2|y|cy)=\"([-\\d.]+)\"");
    private static final Pattern POINTS = Pattern.compile("points=\"([^\"]+)\"");
    private static final Pattern DATE_LABEL = Pattern.compile("class=\"trend-label\">([A-Z][a-z]{2} \\d{1,2})</text>");

    @Test
    void the_lowest_and_the_highest_score_are_drawn_inside_the_picture() {
        String svg = TrendChart.svg(List.of(mock(0, 1), mock(1, 5), mock(2, 1)), KOLKATA);

        assertThat(svg).contains("viewBox=\"0 0 " + TrendChart.WIDTH + " " + TrendChart.HEIGHT + "\"");
        assertEverythingInside(svg);
        // a point of 1.0 sits above the date axis with its whole dot, one of 5.0 below the top edge
        assertThat(TrendChart.y(1) + 4).isLessThanOrEqualTo(TrendChart.BOTTOM);
        assertThat(TrendChart.y(5) - 4).isGreaterThanOrEqualTo(0);
    }

    @Test
    void forty_mocks_stay_inside_the_picture_and_the_newest_is_drawn_and_dated() {
        List<Scorecard> mocks = IntStream.range(0, 40).mapToObj(i -> mock(i, 1 + i % 5)).toList();

        String svg = TrendChart.svg(mocks, KOLKATA);

        assertEverythingInside(svg);
        assertThat(svg.split("<circle", -1)).hasSize(41);
        List<String> dates = all(DATE_LABEL, svg);
        assertThat(dates).hasSizeBetween(2, 6).last().isEqualTo("Nov 9"); // 1 October + 39 days
        assertThat(TrendChart.x(39, 40) + 4).isLessThanOrEqualTo(TrendChart.WIDTH);
    }

    @Test
    void the_axes_say_what_they_measure_with_the_score_scale_and_the_mock_dates() {
        String svg = TrendChart.svg(List.of(mock(0, 2), mock(7, 4)), KOLKATA);

        assertThat(svg).contains(">Average score</text>", ">Mock date</text>");
        for (int score = 1; score <= 5; score++) {
            assertThat(svg).contains("class=\"trend-label\">" + score + "</text>");
        }
        assertThat(all(DATE_LABEL, svg)).containsExactly("Oct 1", "Oct 8");
    }

    @Test
    void dates_are_those_of_the_applicants_own_time_zone() {
        Scorecard lateEvening = new Scorecard(1, Instant.parse("2026-10-01T20:00:00Z"), scores(3), null, List.of(), "", null, null);

        assertThat(TrendChart.svg(List.of(lateEvening), KOLKATA)).contains(">Oct 2</text>");
        assertThat(TrendChart.svg(List.of(lateEvening), ZoneId.of("America/Chicago"))).contains(">Oct 1</text>");
    }

    @Test
    void the_text_alternative_names_every_mocks_date_and_average() {
        Map<Criterion, Integer> mixed = scores(4);
        mixed.put(Criterion.PACE, 2);
        List<Scorecard> mocks = List.of(mock(0, 1), new Scorecard(2, FIRST_MOCK.plus(7, ChronoUnit.DAYS), mixed, null, List.of(), "", null, null));

        String svg = TrendChart.svg(mocks, KOLKATA);

        assertThat(svg).contains("role=\"img\"", "aria-label=\"Average score per mock from 1 to 5, oldest first: "
                + "Oct 1, 1.0; Oct 8, 3.8.\"");
        assertThat(svg).contains("<title>Oct 8: 3.8 of 5</title>");
    }

    @Test
    void one_criterion_is_drawn_over_the_mocks_that_scored_it_and_an_earlier_rubric_card_is_left_out() {
        Map<Criterion, Integer> earlier = new EnumMap<>(Criterion.class);
        earlier.put(Criterion.PACE, 1);
        earlier.put(Criterion.SPECIFICITY, 2);
        Map<Criterion, Integer> second = scores(3);
        second.put(Criterion.COMMUNICATION_TEAMWORK, 2);
        Map<Criterion, Integer> third = scores(3);
        third.put(Criterion.COMMUNICATION_TEAMWORK, 4);
        List<Scorecard> mocks = List.of(
                new Scorecard(1, FIRST_MOCK, earlier, null, List.of(), "", null, null),
                new Scorecard(2, FIRST_MOCK.plus(7, ChronoUnit.DAYS), second, RankVerdict.NOT_YET, List.of(), "", null, null),
                new Scorecard(3, FIRST_MOCK.plus(14, ChronoUnit.DAYS), third, RankVerdict.RANK, List.of(), "", null, null));

        String communication = TrendChart.svg(mocks, KOLKATA, Criterion.COMMUNICATION_TEAMWORK);
        String pace = TrendChart.svg(mocks, KOLKATA, Criterion.PACE);

        assertThat(communication).contains("aria-label=\"Communication and teamwork per mock from 1 to 5, oldest first: "
                + "Oct 8, 2; Oct 15, 4.\"", ">Score</text>");
        assertThat(communication.split("<circle", -1)).hasSize(3);
        assertThat(all(DATE_LABEL, communication)).containsExactly("Oct 8", "Oct 15");
        assertEverythingInside(communication);
        assertThat(pace).contains("oldest first: Oct 1, 1; Oct 8, 3; Oct 15, 3.");
        assertThat(pace.split("<circle", -1)).hasSize(4);
    }

    private static void assertEverythingInside(String svg) {
        assertThat(all(X, svg)).isNotEmpty().allSatisfy(x -> assertThat(Double.parseDouble(x)).isBetween(0.0, (double) TrendChart.WIDTH));
        assertThat(all(Y, svg)).isNotEmpty().allSatisfy(y -> assertThat(Double.parseDouble(y)).isBetween(0.0, (double) TrendChart.HEIGHT));
        for (String points : all(POINTS, svg)) {
            for (String point : points.split(" ")) {
                String[] xy = point.split(",");
                assertThat(Double.parseDouble(xy[0])).isBetween(4.0, TrendChart.WIDTH - 4.0);
                assertThat(Double.parseDouble(xy[1])).isBetween(4.0, TrendChart.HEIGHT - 4.0);
            }
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Scorecard mock(int day, int score) {
        return new Scorecard(day + 1, FIRST_MOCK.plus(day, ChronoUnit.DAYS), scores(score), null, List.of(), "", null, null);
    }

    private static Map<Criterion, Integer> scores(int score) {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            scores.put(criterion, score);
        }
        return scores;
    }
}
