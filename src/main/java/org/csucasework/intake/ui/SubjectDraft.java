package org.csucasework.intake.ui;

import java.time.LocalDate;
import org.csucasework.intake.SubjectRole;

/** One person involved, as typed on the intake form. */
public class SubjectDraft {

    private SubjectRole role;
    private PersonOption person;
    private LocalDate dateOfBirth;

    public SubjectRole getRole() { return role; }
    public void setRole(SubjectRole role) { this.role = role; }
    public PersonOption getPerson() { return person; }
    public void setPerson(PersonOption person) { this.person = person; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }

    /** A row the user added and left empty: not sent, so it cannot fail the whole report. */
    boolean isEmpty() {
        return role == null && (person == null || person.fullName().isBlank()) && dateOfBirth == null;
    }
}
