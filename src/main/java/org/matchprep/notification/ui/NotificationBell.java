package org.matchprep.notification.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.matchprep.base.ui.AppIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.matchprep.account.CurrentUser;
import org.matchprep.base.ui.TopBarItem;
import org.matchprep.notification.NotificationService;
import org.matchprep.notification.NotificationSummary;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the top bar: the number of unread notifications, and on click the most recent ones.
 * It refreshes when the layout tells it (on every navigation), when it opens, when notifications are
 * marked read in this tab, and, pushed to the browser, when a notification for the signed-in person is stored
 * on any node (decision 019); never by polling. A new one for every layout (prototype), since a component has
 * one parent.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class NotificationBell extends Div implements TopBarItem {

    static final int SHOWN = 15;
    private static final String TITLE_ID = "notification-popover-title";
    static final String EMPTY = "Nothing new. You will hear here when someone invites you, answers your invitation, "
            + "comments on your work or books a mock interview.";

    final Button bell = new Button(AppIcon.BELL.create());
    final Span badge = new Span();
    final Popover popover = new Popover();
    // The popover's content is built when it first opens: most page views never open it, and every layout
    // (so every session) would otherwise keep its heading, list and buttons.
    Div list;
    Button markAllRead;
    Button seeAll;

    private final NotificationService notifications;
    private final Clock clock;
    private ZoneId zone = ZoneOffset.UTC;

    public NotificationBell(NotificationService notifications, Clock clock, NotificationArrivals arrivals,
                            CurrentUser currentUser) {
        this.notifications = notifications;
        this.clock = clock;
        addClassName("notification-bell");
        NotificationsChanged.refreshWhileAttached(this, this::refresh);
        arrivals.whileAttached(this, currentUser.id(), this::refresh);

        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("notification-bell-button");
        badge.addClassName("notification-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        bell.setSuffixComponent(badge);

        popover.addClassName("notification-popover");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.getElement().setAttribute("aria-labelledby", TITLE_ID);
        popover.setAutofocus(true);
        popover.setWidth("min(24rem, calc(100vw - 1rem))");
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                buildContentOnce();
                refresh();
            }
        });

        add(bell, popover);
        showCount(0);
    }

    private void buildContentOnce() {
        if (list != null) {
            return;
        }
        H2 title = new H2("Notifications");
        title.setId(TITLE_ID);
        markAllRead = new Button("Mark all read", click -> {
            notifications.markAllRead();
            NotificationsChanged.fire();
        });
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(title, markAllRead);
        header.addClassName("notification-popover-header");
        list = new Div();
        list.addClassName("notification-list");
        seeAll = new Button("See all", click -> {
            popover.close();
            UI.getCurrent().navigate(NotificationsView.ROUTE);
        });
        seeAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div footer = new Div(seeAll);
        footer.addClassName("notification-popover-footer");
        popover.add(header, list, footer);
    }

    @Override
    public Component component() {
        return this;
    }

    /** Re-reads the unread count (and the list, when open), showing times in {@code zone}. */
    @Override
    public void refresh(ZoneId zone) {
        this.zone = zone;
        refresh();
    }

    private void refresh() {
        showCount(notifications.unreadCount());
        if (popover.isOpened()) {
            showList(notifications.recent(SHOWN));
        }
    }

    private void showCount(long unread) {
        badge.setText(unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel("Notifications, " + unread + " unread");
        bell.setTooltipText("Notifications");
        if (markAllRead != null) {
            markAllRead.setEnabled(unread > 0);
        }
    }

    private void showList(List<NotificationSummary> recent) {
        list.removeAll();
        if (recent.isEmpty()) {
            Paragraph empty = new Paragraph(EMPTY);
            empty.addClassName("notification-empty");
            list.getElement().removeAttribute("role"); // a list holds list items only
            list.add(empty);
            return;
        }
        list.getElement().setAttribute("role", "list");
        for (NotificationSummary notification : recent) {
            NotificationEntry entry = new NotificationEntry(notification, clock.instant(), zone);
            entry.addClickListener(click -> open(notification));
            Div item = new Div(entry);
            item.getElement().setAttribute("role", "listitem");
            list.add(item);
        }
    }

    private void open(NotificationSummary notification) {
        if (!notification.read()) {
            notifications.markRead(notification.id());
        }
        popover.close();
        NotificationsChanged.fire();
        if (notification.link() != null) {
            UI.getCurrent().navigate(notification.link());
        }
    }
}
