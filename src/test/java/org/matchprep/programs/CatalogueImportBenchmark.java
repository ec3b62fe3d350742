package org.matchprep.programs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how long importing a catalogue of 1,000 programs takes (new programs, then the same file again as
 * updates) through the real service on a real PostgreSQL. A benchmark, not a test: it asserts nothing
 * about speed and is not run by {@code verify}. Run it with
 * {@code ./mvnw test -Dtest=CatalogueImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the figures
 * land in target/surefire-reports/org.matchprep.programs.CatalogueImportBenchmark-output.txt.
 */
class CatalogueImportBenchmark extends IntegrationTest {

    static final int PROGRAMS = 1000;
    static final int ROUNDS = 5;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void import_of_a_thousand_programs() {
        AccountSummary admin = accounts.admin();
        accounts.signIn(admin);
        String header = catalogue.csvTemplate().replace("\uFEFF", "").lines().findFirst().orElseThrow();
        List<Long> added = new ArrayList<>();
        List<Long> updated = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            byte[] file = file(header, round).getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            ImportResult first = catalogue.importCsv(new ByteArrayInputStream(file));
            added.add(System.nanoTime() - start);
            start = System.nanoTime();
            ImportResult again = catalogue.importCsv(new ByteArrayInputStream(file));
            updated.add(System.nanoTime() - start);
            if (first.added() != PROGRAMS || again.updated() != PROGRAMS) {
                throw new IllegalStateException("unexpected import result " + first + " / " + again);
            }
        }
        System.out.println();
        System.out.printf("Catalogue import benchmark, %,d programs per file (%,d bytes), %d rounds%n", PROGRAMS,
                file(header, 0).getBytes(StandardCharsets.UTF_8).length, ROUNDS);
        System.out.println("  new programs, ms per file: " + millis(added));
        System.out.println("  same file again (updates), ms per file: " + millis(updated));
        System.out.printf("  catalogue rows now: %,d%n", jdbc.queryForObject("select count(*) from catalogue_program", Long.class));
    }

    private static String file(String header, int round) {
        StringBuilder csv = new StringBuilder(header).append('\n');
        String[] states = {"IL", "TX", "NY", "CA", "FL", "OH", "WA", "GA"};
        String[] zones = {"America/Chicago", "America/Chicago", "America/New_York", "America/Los_Angeles",
                "America/New_York", "America/New_York", "America/Los_Angeles", "America/New_York"};
        for (int i = 0; i < PROGRAMS; i++) {
            int s = i % states.length;
            csv.append("Benchmark ").append(round).append(" Program ").append(i).append(",Benchmark Health,City ").append(i)
                    .append(',').append(states[s]).append(',').append(zones[s]).append(",community,").append(2 + i % 10)
                    .append(",no,Neuroradiology,2024:").append(i % 4).append("; 2025:").append(i % 5)
                    .append(",https://example.org/p").append(i).append(",2026-09-01,We welcome IMGs.,https://example.org/s")
                    .append(i).append(",2026-09-01,,,5,,,Imported for the benchmark\n");
        }
        return csv.toString();
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> String.valueOf(Math.round(n / 1e6))).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
