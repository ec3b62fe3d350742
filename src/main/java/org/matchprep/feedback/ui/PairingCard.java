package org.matchprep.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One person in a pairing list: name, email, status badge, and the actions that apply. */
class PairingCard extends Div {

    PairingCard(String name, String email, String status, boolean active, Component... actions) {
        addClassName("pairing-card");
        Span nameText = new Span(name);
        nameText.addClassName("account-name");
        Span emailText = new Span(email);
        emailText.addClassName("account-email");
        Div who = new Div(nameText, emailText);
        who.addClassName("account-cell");
        Span badge = new Span(status);
        badge.getElement().getThemeList().add(active ? "badge success" : "badge");
        Div actionBar = new Div(actions);
        actionBar.addClassName("pairing-actions");
        add(who, badge, actionBar);
    }
}
