package org.csucasework.dataprotection;

import java.time.LocalDate;

/** A person found by name on the subject access screen, with how many reports they are in and their version. */
public record PersonMatch(Long id, String fullName, LocalDate dateOfBirth, String address, long reports,
                          boolean anonymised, long version) {
}
