package org.matchprep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.mock.MockFixture;
import org.matchprep.mock.MockReminders;
import org.matchprep.notification.NotificationDigests;
import org.matchprep.notification.NotificationKind;
import org.matchprep.testing.Inboxes;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.SecondNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every node runs the scheduled jobs on its own timer, so two nodes can run one at the same moment. They still do
 * the work once: a reminder is one notification (and mail) per event key, inserted with ON CONFLICT DO NOTHING;
 * a digest locks its person's schedule row and its waiting notifications (decision 019). Here both nodes run each
 * job at the same instant, several times over.
 */
class ScheduledJobsOnceAcrossNodesTest extends IntegrationTest {

    private static final int ROUNDS = 4;
    private static SecondNode nodeB;

    @Autowired
    MockReminders reminders;
    @Autowired
    NotificationDigests digests;
    @Autowired
    MockFixture fixture;
    @Autowired
    Inboxes inboxes;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startNodeB() {
        nodeB = SecondNode.start();
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @Test
    void both_nodes_running_the_reminders_at_once_remind_each_person_once() throws Exception {
        MockFixture.Pair pair = fixture.pairedCouple();
        Instant start = Instant.now().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.HOURS);
        long mock = jdbc.sql("""
                        insert into mock_booking (mentor_id, applicant_id, format, starts_at, ends_at, blocked_until,
                                                  status, created_at, calendar_uid)
                        values (?, ?, 'FACULTY', ?, ?, ?, 'BOOKED', now(), ?) returning id""")
                .params(pair.mentor().id(), pair.applicant().id(), Timestamp.from(start),
                        Timestamp.from(start.plus(Duration.ofHours(1))), Timestamp.from(start.plus(Duration.ofMinutes(70))),
                        "mock-across-nodes-" + System.nanoTime() + "@matchprep")
                .query(Long.class).single();

        bothNodesAtOnce(() -> reminders.sendDue(), () -> nodeB.bean(MockReminders.class).sendDue());

        String key = "mock:" + mock + ":reminder-24h";
        for (AccountSummary person : List.of(pair.applicant(), pair.mentor())) {
            assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and event_key = ?")
                    .params(person.id(), key).query(Long.class).single()).as("reminders of " + person.email()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ? and subject like '%eminder%'")
                    .param(person.email()).query(Long.class).single()).as("reminder mails to " + person.email()).isEqualTo(1);
        }
    }

    @Test
    void both_nodes_writing_digests_at_once_send_each_person_one() throws Exception {
        AccountSummary applicant = fixture.applicantIn(MockFixture.KOLKATA);
        inboxes.send(applicant.id(), NotificationKind.NEW_COMMENT, "Dr. Chen commented on \"Why radiology?\".", "review/answer/3");
        inboxes.send(applicant.id(), NotificationKind.REPLY, "Dr. Chen replied in a thread.", "review/answer/3");
        // the digest time came round an hour ago, after the news arrived
        Instant now = Instant.now();
        jdbc.sql("update notification set created_at = ? where recipient_id = ?")
                .params(Timestamp.from(now.minus(Duration.ofHours(2))), applicant.id()).update();
        LocalTime anHourAgo = now.minus(Duration.ofHours(1)).atZone(MockFixture.KOLKATA).toLocalTime().withSecond(0).withNano(0);
        jdbc.sql("insert into notification_digest (account_id, digest_time) values (?, ?)")
                .params(applicant.id(), anHourAgo).update();

        bothNodesAtOnce(() -> digests.sendDue(), () -> nodeB.bean(NotificationDigests.class).sendDue());

        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ? and subject like 'Your MatchPrep digest%'")
                .param(applicant.email()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and mailed_at is null")
                .param(applicant.id()).query(Long.class).single()).as("news still waiting").isZero();
    }

    /** Runs the job on node a and node b at the same instant, {@link #ROUNDS} times. */
    private static void bothNodesAtOnce(Callable<Integer> onA, Callable<Integer> onB) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> runs = new ArrayList<>();
                for (Callable<Integer> job : List.of(onA, onB)) {
                    runs.add(nodes.submit(() -> {
                        go.await();
                        return job.call();
                    }));
                }
                go.countDown();
                for (Future<Integer> run : runs) {
                    run.get();
                }
            }
        } finally {
            nodes.shutdownNow();
        }
    }
}
