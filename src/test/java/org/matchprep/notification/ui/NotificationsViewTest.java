package org.matchprep.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.feedback.ui.MyMentorsView;
import org.matchprep.testing.Inboxes;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    Inboxes inboxes;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Who.class, names = {"APPLICANT", "MENTOR", "ADMIN"})
    void every_role_sees_their_own_notifications_and_nobody_elses(Who who) {
        AccountSummary me = signInAndOpen(who);
        inboxes.send(me.id(), "mine, older");
        inboxes.send(me.id(), "mine, newer");
        inboxes.send(accounts.applicant().id(), "someone else's");

        UI.getCurrent().navigate("notifications");

        assertThat(messages()).containsExactly("mine, newer", "mine, older");
    }

    @Test
    void an_empty_page_says_what_will_appear_here() {
        signInAndOpen(Who.MENTOR);

        UI.getCurrent().navigate("notifications");

        NotificationsView view = _get(NotificationsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("No notifications yet", "Nothing new. You will hear here when");
        assertThat(view.markAllRead.isEnabled()).isFalse();
    }

    @Test
    void the_list_is_a_list_of_items_only_while_it_has_notifications() {
        AccountSummary me = signInAndOpen(Who.MENTOR);
        UI.getCurrent().navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);
        assertThat(view.list.getElement().getAttribute("role")).as("empty: a heading and a paragraph, no list").isNull();

        inboxes.send(me.id(), "first");
        view.refresh();

        assertThat(view.list.getElement().getAttribute("role")).isEqualTo("list");
        assertThat(view.list.getChildren()).allSatisfy(row -> assertThat(row.getElement().getAttribute("role")).isEqualTo("listitem"));
    }

    @Test
    void marking_one_read_updates_the_row_and_the_bell() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        long first = inboxes.send(me.id(), "first");
        long second = inboxes.send(me.id(), "second");
        UI.getCurrent().navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);
        assertThat(_get(NotificationBell.class).badge.getText()).isEqualTo("2");

        _click(_get(view.list, Button.class, spec -> spec.withAttribute("aria-label", "Mark read: first")));

        assertThat(inboxes.byId(first).read()).isTrue();
        assertThat(inboxes.byId(second).read()).isFalse();
        assertThat(_find(view.list, Button.class, spec -> spec.withText("Mark read"))).hasSize(1);
        assertThat(entries(view)).filteredOn(entry -> entry.hasClassName("unread"))
                .extracting(entry -> entry.notification().message()).containsExactly("second");
        assertThat(_get(NotificationBell.class).badge.getText()).isEqualTo("1");
    }

    @Test
    void mark_all_read_marks_every_row_read() {
        AccountSummary me = signInAndOpen(Who.ADMIN);
        long first = inboxes.send(me.id(), "first");
        long second = inboxes.send(me.id(), "second");
        UI.getCurrent().navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);

        _click(view.markAllRead);

        assertThat(inboxes.byId(first).read()).isTrue();
        assertThat(inboxes.byId(second).read()).isTrue();
        assertThat(_find(view.list, Button.class, spec -> spec.withText("Mark read"))).isEmpty();
        assertThat(_get(NotificationBell.class).badge.isVisible()).isFalse();
    }

    @Test
    void opening_a_row_marks_it_read_and_follows_its_link() {
        AccountSummary me = signInAndOpen(Who.APPLICANT);
        long id = inboxes.send(me.id(), "Your mentor accepted");
        UI.getCurrent().navigate("notifications");

        _click(entries(_get(NotificationsView.class)).getFirst());

        assertThat(inboxes.byId(id).read()).isTrue();
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(MyMentorsView.class);
    }

    @Test
    void markup_in_a_message_is_shown_as_literal_text() {
        AccountSummary me = signInAndOpen(Who.MENTOR);
        String hostile = "<img src=x onerror=alert(1)> <script>alert(1)</script>";
        inboxes.send(me.id(), hostile);

        UI.getCurrent().navigate("notifications");

        Span message = _get(entries(_get(NotificationsView.class)).getFirst(), Span.class,
                spec -> spec.withClasses("notification-message"));
        assertThat(message.getText()).isEqualTo(hostile);
        assertThat(message.getElement().getChildCount()).as("one text node, no parsed elements").isEqualTo(1);
        assertThat(message.getElement().getChild(0).isTextNode()).isTrue();
    }

    private static List<NotificationEntry> entries(NotificationsView view) {
        return _find(view.list, NotificationEntry.class);
    }

    private static List<String> messages() {
        return entries(_get(NotificationsView.class)).stream().map(entry -> entry.notification().message()).toList();
    }
}
