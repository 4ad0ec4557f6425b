package org.csucasework.notifications;

/** How a user wants their notification e-mails. */
public enum EmailDelivery {
    IMMEDIATE("At once, one e-mail each"),
    DAILY_DIGEST("Once a day, in one e-mail");

    private final String label;

    EmailDelivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
