package org.matchprep.mock;

import java.util.List;
import java.util.Locale;

/**
 * Draws the trend of scorecards as an SVG line chart of the average score per mock (1 to 5), oldest
 * left. Only numbers go into the SVG, never user text, so it is safe to show as markup.
 */
public final class TrendChart {

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    private static final int PAD = 30;

    private TrendChart() {
    }

    public static String svg(List<Scorecard> scorecards) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" class=\"trend-chart\" role=\"img\" "
                        + "aria-label=\"Average score per mock, oldest first\">", WIDTH, HEIGHT));
        for (int score = 1; score <= 5; score++) {
            double y = y(score);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"trend-grid\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" class=\"trend-label\">%d</text>",
                    PAD, y, WIDTH - PAD / 2, y, PAD / 3, y + 4, score));
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < scorecards.size(); i++) {
            double x = x(i, scorecards.size());
            double y = y(scorecards.get(i).average());
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" class=\"trend-point\"/>", x, y));
        }
        if (scorecards.size() > 1) {
            svg.append("<polyline fill=\"none\" class=\"trend-line\" points=\"").append(points.toString().strip()).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int index, int count) {
        return count == 1 ? WIDTH / 2.0 : PAD + index * (WIDTH - 1.5 * PAD) / (count - 1);
    }

    private static double y(double score) {
        return HEIGHT - PAD / 2.0 - (score - 1) * (HEIGHT - 1.5 * PAD) / 4;
    }
}
