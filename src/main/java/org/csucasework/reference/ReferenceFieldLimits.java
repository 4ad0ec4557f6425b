package org.csucasework.reference;

/** Column lengths shared by the entities and the forms that edit them. */
public final class ReferenceFieldLimits {
    public static final int CODE = 40;
    public static final int NAME = 160;
    public static final int LONG_LABEL = 300;
    public static final int NOTES = 500;
    public static final int ONS_CODE = 9;
    /** An ONS ward code: E05 followed by six digits (E for England). */
    public static final String ONS_CODE_PATTERN = "[EWSN]0[0-9]{7}";
    /** Codes are upper case letters, digits and underscores, so that CSV imports and the API can quote them. */
    public static final String CODE_PATTERN = "[A-Z0-9_]+";

    private ReferenceFieldLimits() {
    }
}
