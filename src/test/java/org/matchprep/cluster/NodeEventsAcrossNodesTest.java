package org.matchprep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.notification.NewNotification;
import org.matchprep.notification.NotificationKind;
import org.matchprep.notification.NotificationStored;
import org.matchprep.notification.Notifier;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.SecondNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one database (decision 019): what one publishes, both hear once it commits, through PostgreSQL
 * LISTEN/NOTIFY; a node whose listening connection is ended listens again and says events may have been missed.
 */
class NodeEventsAcrossNodesTest extends IntegrationTest {

    private static final Duration GENEROUSLY = Duration.ofSeconds(10);
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());

    private static SecondNode nodeB;

    @Autowired
    private NodeEvents nodeEvents;

    @Autowired
    private NodeEventListener listener;

    @Autowired
    private Notifier notifier;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ConfigurableApplicationContext nodeA;

    private final List<Object> heardOnA = new CopyOnWriteArrayList<>();
    private final List<Object> heardOnB = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> listenerOnA = collectInto(heardOnA);
    private final ApplicationListener<ApplicationEvent> listenerOnB = collectInto(heardOnB);

    @BeforeAll
    static void startNodeB() {
        nodeB = SecondNode.start();
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    @BeforeEach
    void listenOnBothNodes() {
        nodeA.addApplicationListener(listenerOnA);
        nodeB.context().addApplicationListener(listenerOnB);
    }

    @AfterEach
    void stopListening() {
        nodeA.removeApplicationListener(listenerOnA);
        nodeB.context().removeApplicationListener(listenerOnB);
    }

    @Test
    void an_event_published_on_one_node_is_heard_on_every_node_once_its_transaction_commits() {
        NotificationStored event = new NotificationStored(IDS.incrementAndGet());

        transactions.executeWithoutResult(status -> {
            nodeEvents.publish(event);
            sleepBriefly(); // long enough for a NOTIFY sent before commit to arrive; none must
            assertThat(heardOnB).doesNotContain(event);
        });

        await().atMost(GENEROUSLY).untilAsserted(() -> {
            assertThat(heardOnB).containsOnlyOnce(event);
            assertThat(heardOnA).containsOnlyOnce(event);
        });
    }

    @Test
    void an_event_of_a_rolled_back_transaction_is_heard_nowhere() {
        NotificationStored rolledBack = new NotificationStored(IDS.incrementAndGet());
        NotificationStored committed = new NotificationStored(IDS.incrementAndGet());

        transactions.executeWithoutResult(status -> {
            nodeEvents.publish(rolledBack);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> nodeEvents.publish(committed));

        await().atMost(GENEROUSLY).untilAsserted(() -> assertThat(heardOnB).contains(committed));
        assertThat(heardOnB).doesNotContain(rolledBack);
        assertThat(heardOnA).doesNotContain(rolledBack);
    }

    @Test
    void a_notification_stored_on_one_node_is_heard_on_the_other_with_its_recipient_only() {
        AccountSummary recipient = accounts.applicant();

        transactions.executeWithoutResult(status -> notifier.send(new NewNotification(recipient.id(),
                NotificationKind.PAIRING_REQUESTED, "test:" + IDS.incrementAndGet(), "Someone asked to pair.", "pairings")));

        await().atMost(GENEROUSLY).untilAsserted(() ->
                assertThat(heardOnB).contains(new NotificationStored(recipient.id())));
    }

    @Test
    void a_node_whose_listening_connection_is_ended_listens_again_and_says_events_may_have_been_missed() {
        await().atMost(GENEROUSLY).until(() -> listener.backendPid() != 0);
        int lost = listener.backendPid();

        jdbc.sql("select pg_terminate_backend(:pid)").param("pid", lost).query().listOfRows();

        await().atMost(GENEROUSLY).untilAsserted(() -> {
            assertThat(heardOnA).contains(new NodeEventsResumed());
            assertThat(listener.backendPid()).isNotIn(0, lost);
        });
        assertThat(heardOnB).as("node B lost nothing").doesNotContain(new NodeEventsResumed());
        NotificationStored after = new NotificationStored(IDS.incrementAndGet());
        transactions.executeWithoutResult(status -> nodeEvents.publish(after));
        await().atMost(GENEROUSLY).untilAsserted(() -> assertThat(heardOnA).contains(after));
    }

    private static ApplicationListener<ApplicationEvent> collectInto(List<Object> heard) {
        return event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && (payload.getPayload() instanceof NodeEvent || payload.getPayload() instanceof NodeEventsResumed)) {
                heard.add(payload.getPayload());
            }
        };
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
