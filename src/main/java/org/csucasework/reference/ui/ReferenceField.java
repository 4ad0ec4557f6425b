package org.csucasework.reference.ui;

/**
 * One input of a reference data form and its grid column: the entity property it edits (also the field name the
 * service reports errors under), the label the administrator sees, and what kind of input it is.
 */
record ReferenceField(String property, String label, Kind kind, int maxLength, String helperText, boolean inGrid) {

    enum Kind { TEXT, LONG_TEXT, WHOLE_NUMBER, YES_NO, DATE }

    static ReferenceField text(String property, String label, int maxLength) {
        return new ReferenceField(property, label, Kind.TEXT, maxLength, null, true);
    }

    /** A text area: for labels and notes too long to read in a single-line field. */
    static ReferenceField longText(String property, String label, int maxLength) {
        return new ReferenceField(property, label, Kind.LONG_TEXT, maxLength, null, true);
    }

    static ReferenceField wholeNumber(String property, String label) {
        return new ReferenceField(property, label, Kind.WHOLE_NUMBER, 0, null, true);
    }

    static ReferenceField yesNo(String property, String label) {
        return new ReferenceField(property, label, Kind.YES_NO, 0, null, true);
    }

    /** A day, picked and shown the UK way (dd/MM/yyyy in the picker, "25 Dec 2026" in the grid). */
    static ReferenceField date(String property, String label) {
        return new ReferenceField(property, label, Kind.DATE, 0, null, true);
    }

    ReferenceField withHelper(String text) {
        return new ReferenceField(property, label, kind, maxLength, text, inGrid);
    }

    /** Keeps the field in the form but out of the grid, where long free text would crowd out the other columns. */
    ReferenceField formOnly() {
        return new ReferenceField(property, label, kind, maxLength, helperText, false);
    }
}
