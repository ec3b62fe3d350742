package org.matchprep.answers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.MutableClockConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints the server time per autosave and the storage per 1,000 saves, on the real service and a real
 * PostgreSQL. A benchmark, not a test: it asserts nothing about speed and is not run by {@code verify}.
 * Run it with {@code ./mvnw test -Dtest=AutosaveBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures land in target/surefire-reports/org.matchprep.answers.AutosaveBenchmark-output.txt.
 */
@Import(MutableClockConfiguration.class)
class AutosaveBenchmark extends IntegrationTest {

    static final int WARM_UP = 300;
    static final int SAVES = 1000;

    @Autowired
    AnswerService answerService;

    @Autowired
    QuestionBankService bank;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void autosave_time_and_storage() {
        AccountSummary applicant = accounts.applicant();
        accounts.signIn(applicant);
        List<QuestionSummary> star = bank.questionsForMe().stream()
                .filter(question -> question.structure() == AnswerStructure.STAR).toList();

        run("warm-up", star.get(0).id(), WARM_UP, Duration.ofSeconds(1));
        long before = storageBytes();
        Result typing = run("one typing session (a save every second, folded)", star.get(1).id(), SAVES, Duration.ofSeconds(1));
        long afterTyping = storageBytes();
        Result sessions = run("separate sessions (a save every 6 minutes, a revision each)", star.get(2).id(), SAVES,
                Duration.ofMinutes(6));
        long afterSessions = storageBytes();

        System.out.println();
        System.out.println("Autosave benchmark, " + SAVES + " saves each, STAR answer growing to ~180 words");
        typing.print();
        System.out.printf("  storage for those 1,000 saves: %,d bytes (%d revisions)%n", afterTyping - before, typing.revisions());
        sessions.print();
        System.out.printf("  storage for those 1,000 saves: %,d bytes (%d revisions)%n", afterSessions - afterTyping,
                sessions.revisions());
    }

    private Result run(String name, long questionId, int saves, Duration between) {
        long version = answerService.open(questionId).version();
        List<Long> nanos = new ArrayList<>(saves);
        int lastRevision = 0;
        for (int i = 0; i < saves; i++) {
            clock.advance(between);
            Map<String, String> parts = growingStarAnswer(i);
            long start = System.nanoTime();
            SaveOutcome outcome = answerService.save(questionId, version, parts);
            nanos.add(System.nanoTime() - start);
            version = outcome.version();
            lastRevision = outcome.revisionNumber();
        }
        return new Result(name, nanos, lastRevision);
    }

    /** A STAR answer as someone types it: each save adds a word, the parts fill up in order. */
    private static Map<String, String> growingStarAnswer(int step) {
        String[] words = ("During my medicine rotation a patient with sudden chest pain arrived at night and the first "
                + "read of the chest film was normal so I asked for a CT angiogram after discussing the risk with the "
                + "resident and the attending who agreed the scan showed a dissection and the plan changed to surgery "
                + "within the hour I learned to speak up early and to frame concerns with data").split(" ");
        int count = step % 180 + 1;
        StringBuilder[] parts = {new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder()};
        for (int i = 0; i < count; i++) {
            parts[Math.min(3, i / 45)].append(words[i % words.length]).append(' ');
        }
        return Map.of("situation", parts[0].toString(), "task", parts[1].toString(),
                "action", parts[2].toString(), "result", parts[3].toString());
    }

    private long storageBytes() {
        jdbc.execute("checkpoint");
        Long bytes = jdbc.queryForObject(
                "select pg_total_relation_size('answer') + pg_total_relation_size('answer_revision')", Long.class);
        return bytes == null ? 0 : bytes;
    }

    record Result(String name, List<Long> nanos, int revisions) {

        void print() {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            System.out.printf("%s:%n  server time per autosave: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    name, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.getLast() / 1e6);
        }

        private static double ms(List<Long> sorted, double quantile) {
            return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1)))) / 1e6;
        }
    }
}
