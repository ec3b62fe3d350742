package org.matchprep.mock;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Draws the trend of scorecards as an SVG line chart of the average score per mock (1 to 5), or of one
 * criterion's score, oldest left, with the score scale on the y axis and the mock dates on the x axis. Only numbers and dates go
 * into the SVG, never user text, so it is safe to show as markup. The viewBox is small so that the labels
 * stay readable when the chart is scaled down to a phone's width; everything drawn stays inside it.
 */
public final class TrendChart {

    static final int WIDTH = 400;
    static final int HEIGHT = 230;
    static final int LEFT = 46;
    static final int RIGHT = WIDTH - 14;
    static final int TOP = 12;
    static final int BOTTOM = HEIGHT - 56;
    /** Keeps the first and last point, and their date labels, clear of the edges. */
    private static final int INSET = 26;
    private static final int POINT_RADIUS = 4;
    private static final int MAX_DATE_LABELS = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private TrendChart() {
    }

    /** The average score per mock. */
    public static String svg(List<Scorecard> scorecards, ZoneId zone) {
        return draw(scorecards.stream().map(card -> new Point(card.mockStart(), card.average())).toList(),
                "Average score per mock", "Average score", "%.1f", zone);
    }

    /** One criterion's score per mock, over the mocks that scored it (an earlier rubric may not have). */
    public static String svg(List<Scorecard> scorecards, ZoneId zone, Criterion criterion) {
        List<Point> points = scorecards.stream().filter(card -> card.scores().containsKey(criterion))
                .map(card -> new Point(card.mockStart(), card.scores().get(criterion))).toList();
        return draw(points, criterion.label() + " per mock", "Score", "%.0f", zone);
    }

    private record Point(Instant mockStart, double score) {
    }

    private static String draw(List<Point> points, String series, String axisTitle, String figure, ZoneId zone) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" class=\"trend-chart\" role=\"img\" "
                        + "aria-label=\"%s\">", WIDTH, HEIGHT, summary(points, series, figure, zone)));
        scoreAxis(svg, axisTitle);
        dateAxis(svg, points, zone);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = x(i, points.size());
            double y = y(point.score());
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" class=\"trend-point\">"
                    + "<title>%s: " + figure + " of 5</title></circle>", x, y, POINT_RADIUS, day(point, zone), point.score()));
        }
        if (points.size() > 1) {
            svg.append("<polyline fill=\"none\" class=\"trend-line\" points=\"").append(line.toString().strip()).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** What a screen reader says for the chart: every mock's date and score, oldest first. */
    private static String summary(List<Point> points, String series, String figure, ZoneId zone) {
        StringJoiner figures = new StringJoiner("; ", series + " from 1 to 5, oldest first: ", ".");
        points.forEach(point -> figures.add(String.format(Locale.ROOT, "%s, " + figure, day(point, zone), point.score())));
        return figures.toString();
    }

    private static void scoreAxis(StringBuilder svg, String title) {
        for (int score = 1; score <= 5; score++) {
            double y = y(score);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"trend-grid\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"trend-label\">%d</text>",
                    LEFT, y, RIGHT, y, LEFT - 8, y + 4, score));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 14 %.1f)\" "
                + "class=\"trend-axis-title\">%s</text>", (TOP + BOTTOM) / 2.0, (TOP + BOTTOM) / 2.0, title));
    }

    /** Dates under the points: all of them when they fit, else every few, always the newest. */
    private static void dateAxis(StringBuilder svg, List<Point> points, ZoneId zone) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"trend-axis\"/>",
                LEFT, BOTTOM, RIGHT, BOTTOM));
        int count = points.size();
        int step = Math.ceilDiv(count, MAX_DATE_LABELS);
        for (int i = 0; i < count; i++) {
            if ((count - 1 - i) % step == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"trend-label\">%s</text>",
                        x(i, count), BOTTOM + 20, day(points.get(i), zone)));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"trend-axis-title\">"
                + "Mock date</text>", (LEFT + RIGHT) / 2.0, HEIGHT - 8));
    }

    private static String day(Point point, ZoneId zone) {
        return DAY.format(point.mockStart().atZone(zone));
    }

    static double x(int index, int count) {
        double first = LEFT + INSET;
        double last = RIGHT - INSET;
        return count == 1 ? (first + last) / 2 : first + index * (last - first) / (count - 1);
    }

    static double y(double score) {
        double clamped = Math.clamp(score, 1, 5);
        return BOTTOM - POINT_RADIUS - 2 - (clamped - 1) * (BOTTOM - POINT_RADIUS - 2 - TOP) / 4;
    }
}
