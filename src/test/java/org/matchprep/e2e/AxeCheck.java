package org.matchprep.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core over the page as it is now, with the WCAG 2.0, 2.1 and 2.2 A and AA rules, plus
 * {@code label-content-name-mismatch} (WCAG 2.5.3, which axe still marks experimental and so leaves out unless
 * it is named). Collects what it found per view for the results table in {@code docs/accessibility.md}.
 */
final class AxeCheck {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    static final Set<String> FAILING = Set.of("serious", "critical");

    private static final String OPTIONS = "{\"runOnly\":{\"type\":\"tag\",\"values\":["
            + TAGS.stream().map(tag -> "\"" + tag + "\"").collect(Collectors.joining(","))
            + "]},\"rules\":{\"label-content-name-mismatch\":{\"enabled\":true}},\"resultTypes\":[\"violations\"]}";

    /** One violated rule on one page state: how many elements, and which. */
    record Finding(String rule, String impact, String help, List<String> nodes) {

        boolean failing() {
            return FAILING.contains(impact);
        }
    }

    /** One view for one role: the page and each dialog opened on it, and its width at 390 px. */
    record ViewResult(String role, String route, String path, List<String> states, List<Finding> findings,
                      long scrollWidth, long clientWidth) {

        boolean overflows() {
            return scrollWidth > clientWidth + 1;
        }

        long failingElements() {
            return findings.stream().filter(Finding::failing).mapToLong(finding -> finding.nodes().size()).sum();
        }
    }

    private AxeCheck() {
    }

    /** The violations on the page now, each node named by its selector and the page state it was seen in. */
    static List<Finding> analyze(WebDriver browser, String state) {
        return analyze(browser, state, null);
    }

    /** Likewise within the elements {@code include} selects (all of the page when null). */
    static List<Finding> analyze(WebDriver browser, String state, String include) {
        AxeBuilder axe = new AxeBuilder();
        axe.setOptions(OPTIONS);
        if (include != null) {
            axe.include(include);
        }
        Results results = axe.analyze(browser);
        if (results.isErrored()) {
            throw new AssertionError("axe failed on " + state + ": " + results.getErrorMessage());
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> nodes = rule.getNodes().stream().map(node -> state + ": " + describe(node)).toList();
            findings.add(new Finding(rule.getId(), String.valueOf(rule.getImpact()), rule.getHelp(), nodes));
        }
        return findings;
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " ");
        String summary = node.getFailureSummary() == null ? "" : " | " + node.getFailureSummary().replaceAll("\\s+", " ");
        return node.getTarget() + " " + (html.length() > 200 ? html.substring(0, 200) + "…" : html) + summary;
    }

    /** Every violation with its elements, for reading when the table shows one. */
    static void writeDetails(List<ViewResult> results, Path file) throws IOException {
        StringBuilder details = new StringBuilder();
        for (ViewResult view : results) {
            for (Finding finding : view.findings()) {
                details.append(finding.impact()).append(' ').append(finding.rule()).append(" on ").append(view.path())
                        .append(" as ").append(view.role()).append(": ").append(finding.help()).append('\n');
                finding.nodes().forEach(node -> details.append("    ").append(node).append('\n'));
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, details.toString());
    }

    /** The failures to report: rule, route, state and element of every serious or critical violation. */
    static List<String> failures(List<ViewResult> results) {
        List<String> failures = new ArrayList<>();
        for (ViewResult view : results) {
            for (Finding finding : view.findings()) {
                if (finding.failing()) {
                    finding.nodes().forEach(node -> failures.add(finding.impact() + " " + finding.rule() + " on "
                            + view.route() + " as " + view.role() + " (" + finding.help() + "): " + node));
                }
            }
        }
        return failures;
    }

    /** The per-view table for {@code docs/accessibility.md}. */
    static void writeTable(List<ViewResult> results, Path file) throws IOException {
        StringBuilder table = new StringBuilder()
                .append("| role | route | checked with | serious/critical elements | other violations | width at 390 px |\n")
                .append("|------|-------|--------------|---------------------------|------------------|-----------------|\n");
        int views = 0;
        int states = 0;
        long failing = 0;
        for (ViewResult view : results) {
            views++;
            states += view.states().size();
            failing += view.failingElements();
            Map<String, Integer> others = new TreeMap<>();
            view.findings().stream().filter(finding -> !finding.failing())
                    .forEach(finding -> others.merge(finding.rule() + " (" + finding.impact() + ")", finding.nodes().size(), Integer::sum));
            String serious = view.findings().stream().filter(Finding::failing)
                    .map(finding -> finding.rule() + " ×" + finding.nodes().size()).collect(Collectors.joining(", "));
            String route = "`/" + view.route() + "`" + (view.route().contains(":") ? " (`/" + view.path() + "`)" : "");
            table.append("| ").append(view.role()).append(" | ").append(route).append(" | ")
                    .append(String.join(", ", view.states())).append(" | ")
                    .append(serious.isEmpty() ? "0" : serious).append(" | ")
                    .append(others.isEmpty() ? "none" : others.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                            .collect(Collectors.joining(", "))).append(" | ")
                    .append(view.overflows() ? "overflows (" + view.scrollWidth() + " > " + view.clientWidth() + ")" : "fits")
                    .append(" |\n");
        }
        table.append("\n").append(views).append(" views, ").append(states).append(" page states (views and dialogs), ")
                .append(failing).append(" serious or critical elements.\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table.toString());
    }
}
