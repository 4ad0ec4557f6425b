package org.csucasework.intake.ui;

/**
 * A place in the intake form's place field: one on record (chosen from the suggestions, {@code placeId} set) or one
 * the user typed ({@code placeId} null: the service matches it by address or records it new).
 */
public record PlaceOption(Long placeId, String label, String wardCode, String wardName) {

    /** A place as the user typed it, not (yet) linked to one on record. */
    public static PlaceOption typed(String label) {
        return new PlaceOption(null, label == null ? "" : label.trim(), null, null);
    }

    public boolean onRecord() {
        return placeId != null;
    }
}
