package org.matchprep.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.Inboxes;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class NotificationServiceTest extends IntegrationTest {

    @Autowired
    private NotificationService service;

    @Autowired
    private Inboxes inboxes;

    // --- who may call what -----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Who.class)
    void every_signed_in_role_reads_only_their_own_recent_notifications(Who who) {
        AccountSummary someoneElse = accounts.applicant();
        inboxes.send(someoneElse.id(), "for someone else");
        AccountSummary me = signedIn(who);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> service.recent(15)).isInstanceOf(AuthorizationDeniedException.class);
            return;
        }
        long mine = inboxes.send(me.id(), NotificationKind.PAIRING_REQUESTED, "for me", "applicants");

        List<NotificationSummary> recent = service.recent(15);

        assertThat(recent).extracting(NotificationSummary::id).containsExactly(mine);
        NotificationSummary only = recent.getFirst();
        assertThat(only.kind()).isEqualTo(NotificationKind.PAIRING_REQUESTED);
        assertThat(only.message()).isEqualTo("for me");
        assertThat(only.link()).isEqualTo("applicants");
        assertThat(only.createdAt()).isNotNull();
        assertThat(only.read()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void every_signed_in_role_counts_only_their_own_unread_notifications(Who who) {
        AccountSummary someoneElse = accounts.mentor();
        inboxes.send(someoneElse.id(), "for someone else");
        AccountSummary me = signedIn(who);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> service.unreadCount()).isInstanceOf(AuthorizationDeniedException.class);
            return;
        }
        assertThat(service.unreadCount()).isZero();
        inboxes.send(me.id(), "one");
        inboxes.send(me.id(), "two");

        assertThat(service.unreadCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void every_signed_in_role_marks_their_own_notification_read(Who who) {
        AccountSummary me = signedIn(who);
        if (who == Who.ANONYMOUS) {
            long someoneElses = inboxes.send(accounts.applicant().id(), "not yours");
            assertThatThrownBy(() -> service.markRead(someoneElses)).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(inboxes.byId(someoneElses).read()).isFalse();
            return;
        }
        long mine = inboxes.send(me.id(), "mine");

        service.markRead(mine);

        assertThat(inboxes.byId(mine).read()).isTrue();
        assertThat(service.unreadCount()).isZero();
        assertThat(service.recent(15)).singleElement().extracting(NotificationSummary::read).isEqualTo(true);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void every_signed_in_role_marks_all_their_own_notifications_read(Who who) {
        AccountSummary someoneElse = accounts.admin();
        long theirs = inboxes.send(someoneElse.id(), "theirs");
        AccountSummary me = signedIn(who);

        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> service.markAllRead()).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(inboxes.byId(theirs).read()).isFalse();
            return;
        }
        long first = inboxes.send(me.id(), "first");
        long second = inboxes.send(me.id(), "second");

        assertThat(service.markAllRead()).isEqualTo(2);

        assertThat(inboxes.byId(first).read()).isTrue();
        assertThat(inboxes.byId(second).read()).isTrue();
        assertThat(inboxes.byId(theirs).read()).as("someone else's stays unread").isFalse();
        assertThat(service.unreadCount()).isZero();
    }

    @Test
    void nobody_signed_in_at_all_is_refused() {
        accounts.signOut();

        assertThatThrownBy(() -> service.unreadCount()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.recent(5)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    // --- someone else's notifications --------------------------------------------------------------

    @Test
    void marking_someone_elses_notification_read_is_refused_and_leaves_it_unread() {
        AccountSummary other = accounts.applicant();
        long theirs = inboxes.send(other.id(), "theirs");
        signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.markRead(theirs))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not your notification");

        assertThat(inboxes.byId(theirs).read()).isFalse();
    }

    @Test
    void an_unknown_id_is_refused_with_the_same_message_as_someone_elses() {
        signedIn(Who.MENTOR);

        assertThatThrownBy(() -> service.markRead(Long.MAX_VALUE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not your notification");
    }

    @Test
    void an_applicant_mentor_and_admin_each_see_only_their_own() {
        AccountSummary applicant = accounts.applicant();
        AccountSummary mentor = accounts.mentor();
        AccountSummary admin = accounts.admin();
        long forApplicant = inboxes.send(applicant.id(), "applicant's");
        long forMentor = inboxes.send(mentor.id(), "mentor's");
        long forAdmin = inboxes.send(admin.id(), "admin's");

        assertThat(as(applicant, () -> service.recent(100))).extracting(NotificationSummary::id).containsExactly(forApplicant);
        assertThat(as(mentor, () -> service.recent(100))).extracting(NotificationSummary::id).containsExactly(forMentor);
        assertThat(as(admin, () -> service.recent(100))).extracting(NotificationSummary::id).containsExactly(forAdmin);
        assertThat(as(mentor, () -> service.unreadCount())).isEqualTo(1);
    }

    // --- behaviour ---------------------------------------------------------------------------------

    @Test
    void recent_lists_newest_first_and_honours_the_limit() {
        AccountSummary me = signedIn(Who.APPLICANT);
        long first = inboxes.send(me.id(), "first");
        long second = inboxes.send(me.id(), "second");
        long third = inboxes.send(me.id(), "third");

        assertThat(service.recent(15)).extracting(NotificationSummary::id).containsExactly(third, second, first);
        assertThat(service.recent(2)).extracting(NotificationSummary::id).containsExactly(third, second);
    }

    @Test
    void recent_returns_at_most_one_hundred() {
        AccountSummary me = signedIn(Who.MENTOR);
        IntStream.rangeClosed(1, 101).forEach(n -> inboxes.send(me.id(), "number " + n));

        List<NotificationSummary> recent = service.recent(1000);

        assertThat(recent).hasSize(NotificationService.MAX_LIMIT);
        assertThat(recent.getFirst().message()).isEqualTo("number 101");
    }

    @Test
    void a_limit_below_one_is_refused() {
        signedIn(Who.APPLICANT);

        assertThatThrownBy(() -> service.recent(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marking_a_notification_read_twice_keeps_the_first_time() {
        AccountSummary me = signedIn(Who.APPLICANT);
        long mine = inboxes.send(me.id(), "mine");
        service.markRead(mine);
        var firstRead = inboxes.byId(mine).readAt();

        service.markRead(mine);

        assertThat(inboxes.byId(mine).readAt()).isEqualTo(firstRead);
    }

    @Test
    void mark_all_read_counts_only_the_unread_ones() {
        AccountSummary me = signedIn(Who.ADMIN);
        long read = inboxes.send(me.id(), "already read");
        inboxes.send(me.id(), "unread");
        service.markRead(read);

        assertThat(service.markAllRead()).isEqualTo(1);
        assertThat(service.markAllRead()).isZero();
    }
}
