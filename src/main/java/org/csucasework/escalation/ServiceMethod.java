package org.csucasework.escalation;

/** How a letter or agreement is served on its recipient, as the letters register records it. */
public enum ServiceMethod {
    HAND_DELIVERED("Hand delivered"),
    FIRST_CLASS_POST("First class post"),
    RECORDED_DELIVERY("Recorded delivery"),
    SIGNED_AT_MEETING("Signed at a meeting"),
    EMAIL("E-mail"),
    INTERNAL("Internal referral");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
