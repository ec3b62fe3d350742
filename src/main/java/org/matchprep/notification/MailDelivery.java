package org.matchprep.notification;

/** How a person hears of a kind of notification by e-mail. Stored by name. */
public enum MailDelivery {
    IMMEDIATE("Right away"),
    DIGEST("In my daily digest"),
    OFF("Not by e-mail");

    private final String label;

    MailDelivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
