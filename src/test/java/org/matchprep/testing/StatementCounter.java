package org.matchprep.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements a block of code sends to the real database, to prove that a page or a list
 * reads in a bounded number of queries (no N+1).
 *
 * <p>Every test context's {@link DataSource} is wrapped (datasource-proxy), so JPA, Spring Data, JdbcClient
 * and native queries are all counted. Only statements run on the calling thread while the block runs
 * count: scheduled jobs on other threads never disturb a count. One round trip counts once (a JDBC batch
 * too); opening, committing or rolling back a transaction is not a statement.
 *
 * <pre>{@code
 * @Autowired StatementCounter statements;
 *
 * @Test
 * void the_tracker_reads_in_the_same_number_of_statements_for_one_interview_and_for_fifty() {
 *     AccountSummary one = applicantWithInterviews(1);
 *     AccountSummary fifty = applicantWithInterviews(50);
 *
 *     StatementCounter.Recording withOne = as(one, () -> statements.record(() -> interviews.myInterviews()));
 *     StatementCounter.Recording withFifty = as(fifty, () -> statements.record(() -> interviews.myInterviews()));
 *
 *     StatementCounter.assertSameCount(withOne, withFifty);   // fails listing both runs' SQL
 * }
 * }</pre>
 *
 * Set the data up before recording (each repository call outside a transaction leaves nothing cached),
 * and record whole pages ({@code UI.getCurrent().navigate(...)} in a Karibu test) where a view calls
 * several services.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private volatile boolean installed;

    /** The statements one block ran, in order. */
    public record Recording(List<String> statements) {

        public int count() {
            return statements.size();
        }

        @Override
        public String toString() {
            return count() + " statements:\n" + IntStream.range(0, count())
                    .mapToObj(i -> "  " + (i + 1) + ". " + statements.get(i)).collect(Collectors.joining("\n"));
        }
    }

    /** Runs {@code action} and returns the statements it ran on this thread. */
    public Recording record(Runnable action) {
        if (!installed) {
            throw new IllegalStateException("No DataSource was wrapped in this Spring context: nothing would be counted");
        }
        if (RECORDING.get() != null) {
            throw new IllegalStateException("Already recording on this thread; recordings do not nest");
        }
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        return new Recording(List.copyOf(statements));
    }

    /** How many statements {@code action} ran on this thread. */
    public int count(Runnable action) {
        return record(action).count();
    }

    /**
     * Fails unless both recordings ran as many statements, e.g. a page with one item and with fifty; the
     * message lists both, so the statement that repeats per item is easy to spot.
     */
    public static void assertSameCount(Recording few, Recording many) {
        if (few.count() != many.count()) {
            throw new AssertionError("The number of statements grows with the items: " + few.count() + " for the few, "
                    + many.count() + " for the many.\nFew: " + few + "\nMany: " + many);
        }
        System.out.println("Statements: " + few.count() + " for the few, as many for the many");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            installed = true;
            return ProxyDataSourceBuilder.create(dataSource)
                    .name(beanName)
                    .afterQuery((execution, queries) -> {
                        List<String> statements = RECORDING.get();
                        if (statements != null) {
                            statements.add(queries.stream().map(QueryInfo::getQuery).collect(Collectors.joining("; ")));
                        }
                    })
                    .build();
        }
        return bean;
    }
}
