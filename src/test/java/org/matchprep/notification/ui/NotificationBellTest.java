package org.matchprep.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.ui.ProfileView;
import org.matchprep.base.ui.Times;
import org.matchprep.notification.NotificationKind;
import org.matchprep.testing.Inboxes;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationBellTest extends KaribuTest {

    @Autowired
    Inboxes inboxes;

    @Autowired
    NotificationArrivals arrivals;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Who.class, names = {"APPLICANT", "MENTOR", "ADMIN"})
    void every_role_has_the_bell_in_the_top_bar_and_no_badge_when_nothing_is_unread(Who who) {
        signInAndOpen(who);
        UI.getCurrent().navigate("");

        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 0 unread");
        assertThat(bell.popover.getTarget()).as("clicking the bell opens the popover").isSameAs(bell.bell);
    }

    @Test
    void a_notification_stored_for_me_on_any_node_updates_the_open_bell_without_navigation() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(arrivals.waitingFor(me.id())).isEqualTo(1);

        inboxes.send(me.id(), "one");
        inboxes.send(accounts.applicant().id(), "someone else's");

        // heard through PostgreSQL on the node-events thread, which hands the refresh to the UI (pushed in a browser)
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(bell.badge.getText()).isEqualTo("1");
        });
        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 1 unread");
    }

    @Test
    void a_bell_that_left_the_screen_waits_for_nothing_more() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");
        assertThat(arrivals.waitingFor(me.id())).isEqualTo(1);

        _get(NotificationBell.class).removeFromParent();

        assertThat(arrivals.waitingFor(me.id())).isZero();
    }

    @Test
    void the_badge_shows_the_unread_count_after_the_next_navigation() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");
        inboxes.send(me.id(), "one");
        inboxes.send(me.id(), "two");
        inboxes.send(accounts.applicant().id(), "someone else's");

        UI.getCurrent().navigate("profile");

        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.badge.getText()).isEqualTo("2");
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 2 unread");
    }

    @Test
    void more_than_ninety_nine_unread_shows_as_99_plus_but_the_label_says_the_number() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        IntStream.rangeClosed(1, 100).forEach(n -> inboxes.send(me.id(), "news " + n));

        UI.getCurrent().navigate("");

        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.badge.getText()).isEqualTo("99+");
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 100 unread");
    }

    @Test
    void opening_the_bell_lists_the_newest_fifteen_newest_first_and_refreshes_the_count() {
        AccountSummary me = signInAndOpen(Who.MENTOR);
        UI.getCurrent().navigate("");
        IntStream.rangeClosed(1, 16).forEach(n -> inboxes.send(me.id(), "news " + n));

        NotificationBell bell = openBell();

        List<String> shown = messages(bell);
        assertThat(shown).hasSize(NotificationBell.SHOWN);
        assertThat(shown.getFirst()).isEqualTo("news 16");
        assertThat(shown.getLast()).isEqualTo("news 2");
        assertThat(bell.badge.getText()).isEqualTo("16");
        assertThat(entries(bell)).allSatisfy(entry -> assertThat(entry.hasClassName("unread")).isTrue());
    }

    @Test
    void each_entry_shows_its_kind_relative_time_and_the_exact_time_in_the_viewers_zone() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");
        long id = inboxes.send(me.id(), NotificationKind.PAIRING_DECLINED, "Dr. Who declined your invitation", "mentors");

        NotificationEntry entry = entries(openBell()).getFirst();

        assertThat(entry.notification().kind()).isEqualTo(NotificationKind.PAIRING_DECLINED);
        assertThat(_get(entry, SvgIcon.class).getSymbol()).isEqualTo("close-circle-o");
        Span time = _get(entry, Span.class, spec -> spec.withClasses("notification-time"));
        assertThat(time.getText()).isEqualTo("just now");
        assertThat(time.getElement().getAttribute("title"))
                .isEqualTo(Times.dateTime(inboxes.byId(id).createdAt(), ZoneId.of("Europe/Berlin")));
    }

    @Test
    void clicking_an_entry_marks_it_read_and_opens_its_link() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");
        long id = inboxes.send(me.id(), NotificationKind.PAIRING_ACCEPTED, "Open your profile", "profile");
        long other = inboxes.send(me.id(), "another");
        NotificationBell bell = openBell();

        _click(entries(bell).stream().filter(entry -> entry.notification().id() == id).findFirst().orElseThrow());

        assertThat(inboxes.byId(id).read()).isTrue();
        assertThat(inboxes.byId(other).read()).isFalse();
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ProfileView.class);
        assertThat(bell.popover.isOpened()).isFalse();
        assertThat(bell.badge.getText()).isEqualTo("1");
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 1 unread");
    }

    @Test
    void mark_all_read_clears_the_badge_and_the_bold_rows() {
        AccountSummary me = signInAndOpen(Who.ADMIN);
        UI.getCurrent().navigate("");
        long first = inboxes.send(me.id(), "first");
        long second = inboxes.send(me.id(), "second");
        NotificationBell bell = openBell();

        _click(bell.markAllRead);

        assertThat(inboxes.byId(first).read()).isTrue();
        assertThat(inboxes.byId(second).read()).isTrue();
        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(entries(bell)).hasSize(2).noneSatisfy(entry -> assertThat(entry.hasClassName("unread")).isTrue());
        assertThat(bell.markAllRead.isEnabled()).isFalse();
    }

    @Test
    void an_empty_bell_says_what_will_appear_here() {
        signInAndOpen(Who.MENTOR);
        UI.getCurrent().navigate("");

        NotificationBell bell = openBell();

        assertThat(entries(bell)).isEmpty();
        assertThat(_get(bell.list, Paragraph.class).getText()).startsWith("Nothing new. You will hear here when");
    }

    @Test
    void see_all_opens_the_notifications_page() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");
        NotificationBell bell = openBell();

        _click(bell.seeAll);

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(NotificationsView.class);
        assertThat(bell.popover.isOpened()).isFalse();
    }

    @Test
    void markup_in_a_message_is_shown_as_literal_text() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");
        String hostile = "<script>alert(1)</script> and <img src=x onerror=alert(1)>";
        inboxes.send(me.id(), hostile);

        NotificationEntry entry = entries(openBell()).getFirst();

        Span message = _get(entry, Span.class, spec -> spec.withClasses("notification-message"));
        assertThat(message.getText()).isEqualTo(hostile);
        assertThat(message.getElement().getChildCount()).as("one text node, no parsed elements").isEqualTo(1);
        assertThat(message.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(message.getElement().getProperty("innerHTML")).isNull();
        assertThat(_find(entry, Image.class)).isEmpty();
    }

    /** Opens the popover as the browser does when the bell is clicked (the popover's own click trigger). */
    private static NotificationBell openBell() {
        NotificationBell bell = _get(NotificationBell.class);
        bell.popover.setOpened(true);
        return bell;
    }

    private static List<NotificationEntry> entries(NotificationBell bell) {
        return _find(bell.list, NotificationEntry.class);
    }

    private static List<String> messages(NotificationBell bell) {
        return entries(bell).stream().map(entry -> entry.notification().message()).toList();
    }
}
