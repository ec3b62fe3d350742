package org.matchprep.mock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.matchprep.base.ui.Notices;
import org.matchprep.mock.CalendarService;

/** My private calendar feed: make an address (shown once), replace it, or switch it off. */
class CalendarFeedCard extends Div {

    final Paragraph state = new Paragraph();
    final TextField address = new TextField("Your private feed address");
    final Button create = new Button();
    final Button revoke = new Button("Switch feed off");

    private final CalendarService calendars;

    CalendarFeedCard(CalendarService calendars) {
        this.calendars = calendars;
        addClassName("card");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        address.setHelperText("Copy it into your calendar app now: for your privacy it is shown only once.");
        create.addClickListener(click -> createAddress());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> {
            calendars.revokeFeed();
            address.setVisible(false);
            Notices.success("Feed switched off. Calendar apps using it get nothing from now on.");
            refresh();
        });
        Div actions = new Div(create, revoke);
        actions.addClassName("row-actions");
        add(new H2("Calendar feed"), state, address, actions);
        refresh();
    }

    private void createAddress() {
        String token = calendars.newFeedToken();
        address.setValue(baseUrl() + "/calendar/" + token + ".ics");
        address.setVisible(true);
        refresh();
    }

    private void refresh() {
        boolean on = calendars.hasFeed();
        state.setText(on ? "Your calendar app can subscribe to your mock interviews. A new address stops the old one."
                : "Subscribe to your mock interviews from Google Calendar, Outlook or Apple Calendar with a private address.");
        create.setText(on ? "Make a new address" : "Make a feed address");
        revoke.setVisible(on);
    }

    private static String baseUrl() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request ? request : null;
        if (current == null) {
            return "";
        }
        HttpServletRequest http = current.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }
}
