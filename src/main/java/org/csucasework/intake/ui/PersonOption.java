package org.csucasework.intake.ui;

import java.time.LocalDate;

/**
 * A person in a name field of the intake form: one on record (chosen from the suggestions, {@code personId} set) or a
 * name the user typed ({@code personId} null: the service matches by name and date of birth or records a new person).
 */
public record PersonOption(Long personId, String fullName, LocalDate dateOfBirth, String phone, String email,
                           String address) {

    /** A name as the user typed it, not linked to anyone on record. */
    public static PersonOption typed(String fullName) {
        return new PersonOption(null, fullName == null ? "" : fullName.trim(), null, null, null, null);
    }

    public boolean onRecord() {
        return personId != null;
    }
}
