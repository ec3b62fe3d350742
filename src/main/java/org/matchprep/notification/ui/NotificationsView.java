package org.matchprep.notification.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.matchprep.account.AccountService;
import org.matchprep.base.ui.ViewHeader;
import org.matchprep.notification.MailPreferenceService;
import org.matchprep.notification.NotificationService;
import org.matchprep.notification.NotificationSummary;

/** All my recent notifications, reached from the bell's "See all": open one, mark it read, or mark all read. */
@Route(NotificationsView.ROUTE)
@PageTitle("Notifications · MatchPrep")
@PermitAll
public class NotificationsView extends VerticalLayout {

    static final String ROUTE = "notifications";

    final Button markAllRead = new Button("Mark all read");
    final Div list = new Div();

    private final NotificationService notifications;
    private final Clock clock;
    private final ZoneId zone;

    final MailChoices mailChoices;

    NotificationsView(NotificationService notifications, MailPreferenceService mailPreferences, AccountService accounts,
                      Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        this.zone = accounts.myAccount().timeZone();
        addClassName("page");
        NotificationsChanged.refreshWhileAttached(this, this::refresh);
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            NotificationsChanged.fire();
        });
        list.addClassName("notification-page-list");
        mailChoices = new MailChoices(mailPreferences, zone);
        add(new ViewHeader("Notifications", "News about your pairings, reviews and mock interviews, newest first.",
                markAllRead), mailChoices, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<NotificationSummary> recent = notifications.recent(NotificationService.MAX_LIMIT);
        markAllRead.setEnabled(recent.stream().anyMatch(notification -> !notification.read()));
        if (recent.isEmpty()) {
            Div empty = new Div(new H2("No notifications yet"), new Paragraph(NotificationBell.EMPTY));
            empty.addClassNames("card", "empty-state");
            // a list may hold list items only, not this heading and paragraph
            list.getElement().removeAttribute("role");
            list.add(empty);
            return;
        }
        list.getElement().setAttribute("role", "list");
        for (NotificationSummary notification : recent) {
            list.add(row(notification));
        }
    }

    private Div row(NotificationSummary notification) {
        NotificationEntry entry = new NotificationEntry(notification, clock.instant(), zone);
        entry.addClickListener(click -> open(notification));
        Div row = new Div(entry);
        row.addClassName("notification-row");
        row.getElement().setAttribute("role", "listitem");
        if (!notification.read()) {
            Button markRead = new Button("Mark read", click -> {
                notifications.markRead(notification.id());
                NotificationsChanged.fire();
            });
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            markRead.setAriaLabel("Mark read: " + notification.message());
            row.add(markRead);
        }
        return row;
    }

    private void open(NotificationSummary notification) {
        if (!notification.read()) {
            notifications.markRead(notification.id());
            NotificationsChanged.fire();
        }
        if (notification.link() != null) {
            UI.getCurrent().navigate(notification.link());
        }
    }
}
