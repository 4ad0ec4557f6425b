package org.csucasework.escalation;

/** How a letter or agreement is served on its recipient, as the letters register records it. */
public enum ServiceMethod {
    HAND_DELIVERED("Hand delivered"),
    FIRST_CLASS_POST("First class post"),
    RECORDED_DELIVERY("Recorded delivery"),
    SIGNED_AT_MEETING("Signed at a meeting"),
    EMAIL("E-mail"),
    /** Fixed to the premises when nobody can be found there (s56 of the 2014 Act, for a CPW or CPN). */
    AFFIXED("Affixed to the premises"),
    INTERNAL("Internal referral");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The method named in a request: its own name, or the short name of the integration API's contract (HAND for
     * hand delivered); null when it names no method.
     */
    public static ServiceMethod fromCode(String code) {
        if (code == null) {
            return null;
        }
        String name = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (name.equals("HAND")) {
            return HAND_DELIVERED;
        }
        for (ServiceMethod method : values()) {
            if (method.name().equals(name)) {
                return method;
            }
        }
        return null;
    }
}
