package org.csucasework.intake;

/**
 * What a person's reports say about them that every screen showing the person must say too (DESIGN.md 4.7),
 * whatever role they have where they are shown: a repeat complainant named as an alleged perpetrator is still one.
 */
public enum PersonMarker {
    REPEAT_VICTIM("Repeat victim",
            "Reported as reporter, victim or complainant more than once in the last 12 months"),
    POSSIBLE_HATE_INCIDENT("Possible hate incident",
            "Reported as targeted for who they are (a protected characteristic) in the last 12 months");

    private final String label;
    private final String explanation;

    PersonMarker(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** Why the person is marked, in words (the badge's accessible description). */
    public String explanation() {
        return explanation;
    }
}
