package org.matchprep.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.Inboxes;
import org.matchprep.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class NotifierTest extends IntegrationTest {

    @Autowired
    private Notifier notifier;

    @Autowired
    private Inboxes inboxes;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void sending_the_same_event_twice_stores_it_once() {
        AccountSummary mentor = accounts.mentor();
        NewNotification invited = new NewNotification(mentor.id(), NotificationKind.PAIRING_REQUESTED, "pairing:1:invited",
                "Someone invited you to mentor them", "applicants");

        assertThat(sendInTransaction(invited)).isTrue();
        assertThat(sendInTransaction(invited)).isFalse();

        assertThat(inboxes.of(mentor.id())).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(NotificationKind.PAIRING_REQUESTED);
            assertThat(row.eventKey()).isEqualTo("pairing:1:invited");
            assertThat(row.message()).isEqualTo("Someone invited you to mentor them");
            assertThat(row.link()).isEqualTo("applicants");
            assertThat(row.read()).isFalse();
        });
    }

    @Test
    void the_same_event_key_for_two_recipients_stores_two_notifications() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();

        assertThat(sendInTransaction(new NewNotification(applicant.id(), NotificationKind.PAIRING_ACCEPTED, "pairing:2:accepted",
                "You are paired", "mentors"))).isTrue();
        assertThat(sendInTransaction(new NewNotification(mentor.id(), NotificationKind.PAIRING_ACCEPTED, "pairing:2:accepted",
                "You are paired", "applicants"))).isTrue();

        assertThat(inboxes.of(applicant.id())).extracting(Inboxes.Row::link).containsExactly("mentors");
        assertThat(inboxes.of(mentor.id())).extracting(Inboxes.Row::link).containsExactly("applicants");
    }

    @Test
    void twenty_concurrent_sends_of_one_event_store_exactly_one_notification() throws Exception {
        AccountSummary mentor = accounts.mentor();
        NewNotification event = new NewNotification(mentor.id(), NotificationKind.NEW_COMMENT, "comment:race",
                "A new comment", null);
        int threads = 20;
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return new TransactionTemplate(transactionManager).execute(status -> notifier.send(event));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();

            int stored = 0;
            for (Future<Boolean> outcome : outcomes) {
                if (outcome.get(60, TimeUnit.SECONDS)) {
                    stored++;
                }
            }
            assertThat(stored).as("sends that report storing it").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(inboxes.of(mentor.id())).hasSize(1);
    }

    @Test
    void sending_outside_a_transaction_is_refused() {
        AccountSummary mentor = accounts.mentor();
        NewNotification event = new NewNotification(mentor.id(), NotificationKind.PAIRING_REQUESTED, "pairing:3:invited",
                "Invited", "applicants");

        assertThatThrownBy(() -> notifier.send(event)).isInstanceOf(IllegalTransactionStateException.class);

        assertThat(inboxes.of(mentor.id())).isEmpty();
    }

    @Test
    void a_notification_is_not_stored_when_the_change_it_announces_rolls_back() {
        AccountSummary mentor = accounts.mentor();
        NewNotification event = new NewNotification(mentor.id(), NotificationKind.PAIRING_REQUESTED, "pairing:4:invited",
                "Invited", "applicants");

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifier.send(event);
            status.setRollbackOnly();
        });

        assertThat(inboxes.of(mentor.id())).isEmpty();
    }

    @Test
    void a_message_over_five_hundred_characters_is_shortened_with_an_ellipsis() {
        AccountSummary applicant = accounts.applicant();
        String longMessage = "x".repeat(NewNotification.MESSAGE_MAX_LENGTH + 200);

        sendInTransaction(new NewNotification(applicant.id(), NotificationKind.NEW_COMMENT, "comment:long", longMessage, null));

        String stored = inboxes.of(applicant.id()).getFirst().message();
        assertThat(stored).hasSize(NewNotification.MESSAGE_MAX_LENGTH).endsWith("…");
        assertThat(stored).startsWith("x".repeat(NewNotification.MESSAGE_MAX_LENGTH - 1));
    }

    @Test
    void a_message_of_exactly_five_hundred_characters_is_kept_whole() {
        String exact = "y".repeat(NewNotification.MESSAGE_MAX_LENGTH);

        assertThat(new NewNotification(1, NotificationKind.NEW_COMMENT, "k", exact, null).message()).isEqualTo(exact);
    }

    @Test
    void shortening_never_splits_a_character_outside_the_basic_plane() {
        String message = "z".repeat(NewNotification.MESSAGE_MAX_LENGTH - 2) + "\uD83D\uDE00" + "tail";

        String shortened = new NewNotification(1, NotificationKind.NEW_COMMENT, "k", message, null).message();

        assertThat(shortened).isEqualTo("z".repeat(NewNotification.MESSAGE_MAX_LENGTH - 2) + "…");
        assertThat(Character.isHighSurrogate(shortened.charAt(shortened.length() - 2))).isFalse();
    }

    private boolean sendInTransaction(NewNotification notification) {
        return new TransactionTemplate(transactionManager).execute(status -> notifier.send(notification));
    }
}
