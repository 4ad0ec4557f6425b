package org.csucasework.casehistory;

/** What an entry of a case's history is. */
public enum EntryKind {
    /** Something that happened to the case: logged, reviewed, shared, closed, a step of its process. */
    EVENT("Event"),
    /** A case note typed by someone who may see the case. Never changed; a correction is a new note. */
    NOTE("Note"),
    /** A contact with the reporter or victim: when, with whom, how and the outcome. */
    CONTACT("Contact"),
    /** An action given, completed, cancelled or chased. */
    ACTION("Action"),
    /** A document attached to the case. */
    DOCUMENT("Document"),
    /** A letter or notice issued. */
    LETTER("Letter");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The kind of an event recorded by a module under its own code: actions by their {@code ACTION_} codes, letters
     * issued by escalation and the {@code LETTER_} codes (a Case Review's letters), anything else an event. The
     * migrations of the old timelines (V24, V28_4) use the same rule.
     */
    public static EntryKind ofCode(String code) {
        if (code == null) {
            return EVENT;
        }
        if (code.startsWith("ACTION_")) {
            return ACTION;
        }
        // Escalation recorded "ISSUED" on approval until service was recorded apart (issue 17); now "SERVED".
        return "ISSUED".equals(code) || "SERVED".equals(code) || code.startsWith("LETTER_") ? LETTER : EVENT;
    }
}
