package org.csucasework.intake;

/**
 * What a victim says they were targeted for: the five strands of hate crime and hate incidents monitored nationally
 * in England and Wales (Home Office, College of Policing). Fixed by that guidance, so not reference data. Any one
 * ticked makes the report a possible hate incident (DESIGN.md 4.7), recorded as the victim perceives it.
 */
public enum HateCharacteristic {
    RACE("Race or ethnicity"),
    RELIGION("Religion or belief"),
    DISABILITY("Disability"),
    SEXUAL_ORIENTATION("Sexual orientation"),
    TRANSGENDER_IDENTITY("Transgender identity");

    private final String label;

    HateCharacteristic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
