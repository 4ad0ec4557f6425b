package org.csucasework.people;

import java.time.LocalDate;

/**
 * A person as entered on a report. With {@code personId} it links the person already on record (chosen from the
 * suggestions); without, the service matches an existing person by name and date of birth or records a new one.
 */
public record PersonDetails(Long personId, String fullName, LocalDate dateOfBirth, String phone, String email,
                            String address) {

    public static PersonDetails named(String fullName) {
        return new PersonDetails(null, fullName, null, null, null, null);
    }
}
