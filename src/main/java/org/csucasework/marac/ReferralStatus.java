package org.csucasework.marac;

/** Where a referral stands. An accepted referral is a case on the MARAC list until a meeting closes it. */
public enum ReferralStatus {
    DRAFT("Draft"),
    SUBMITTED("Waiting for screening"),
    MORE_INFORMATION_REQUESTED("More information requested"),
    DECLINED("Declined"),
    ON_LIST("On the MARAC list"),
    CLOSED("Closed");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The referrer may still change the referral: before the chair has it, or when the chair asked for more. */
    public boolean editable() {
        return this == DRAFT || this == MORE_INFORMATION_REQUESTED;
    }
}
