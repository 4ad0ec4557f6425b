package org.csucasework.shared.personaldata;

/** The SQL expressions every implementation overwrites a text column with, so that all do it alike. */
public final class Overwrite {

    private Overwrite() {
    }

    /**
     * Retention: {@code :marker} in place of the text; an empty field stays empty, so the record still shows which
     * fields were filled in.
     */
    public static String blank(String column) {
        return "case when " + column + " is null then null else :marker end";
    }

    /** Erasure: the person's name ({@code :name}, as recorded) taken out of the text, {@code :erased} in its place. */
    public static String scrub(String column) {
        return "replace(" + column + ", :name, :erased)";
    }
}
