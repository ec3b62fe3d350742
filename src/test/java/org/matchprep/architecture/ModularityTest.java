package org.matchprep.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.matchprep.MatchPrepApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, checked by Spring Modulith: each package under {@code org.matchprep} is a module,
 * its root package is its API, and everything below it ({@code domain}, {@code ui}) is internal, except
 * where a module declares a named interface ({@code base.ui}, the shared UI kit).
 */
class ModularityTest {

    private static final Path GENERATED = Path.of("target", "spring-modulith-docs");
    /** Committed, so the boundaries can be read without running anything; rewritten by every run. */
    private static final Path COMMITTED = Path.of("docs", "modules");

    private static final ApplicationModules MODULES = ApplicationModules.of(MatchPrepApplication.class);

    @Test
    void features_use_each_other_only_through_their_public_api() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_diagrams_and_canvases_to_docs_modules() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeDocumentation();

        // Emptied first, so a removed module leaves no stale page behind.
        try (Stream<Path> stale = Files.list(Files.createDirectories(COMMITTED))) {
            for (Path file : stale.toList()) {
                Files.delete(file);
            }
        }
        try (Stream<Path> written = Files.list(GENERATED)) {
            for (Path file : written.sorted().toList()) {
                List<String> lines = inStableOrder(Files.readAllLines(file));
                Files.writeString(COMMITTED.resolve(file.getFileName()), String.join("\n", lines) + "\n");
            }
        }
    }

    /**
     * Modulith lists relations and canvas entries in hash order, which changes from run to run; sorting
     * each run of such lines makes a fresh run reproduce the committed files exactly.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            String kind = kindOf(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(kindOf(lines.get(end)))) {
                end++;
            }
            List<String> run = lines.subList(start, end);
            result.addAll(kind == null ? run.stream().map(String::stripTrailing).toList() : sorted(run));
            start = end;
        }
        return result;
    }

    private static String kindOf(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("Rel(")) {
            return "relation";
        }
        if (stripped.startsWith("Component(")) {
            return "component";
        }
        // a canvas list; its first item also opens the table cell ("|* ")
        return stripped.startsWith("* `") || stripped.startsWith("|* `") ? "item" : null;
    }

    private static List<String> sorted(List<String> run) {
        boolean opensCell = run.getFirst().startsWith("|");
        List<String> items = new ArrayList<>(run.stream()
                .map(line -> (line.startsWith("|") ? line.substring(1) : line).stripTrailing()).sorted().toList());
        if (opensCell) {
            items.set(0, "|" + items.getFirst());
        }
        return items;
    }
}
