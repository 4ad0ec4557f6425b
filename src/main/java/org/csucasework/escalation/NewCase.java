package org.csucasework.escalation;

/**
 * Opening a case by hand: the report that is its first evidence, and whom it is about: a person (one of that
 * report's people; where letters go, and for a young person their parent or guardian) or a body (a business or
 * organisation, by name and address; s43(1) of the 2014 Act), never both.
 */
public record NewCase(String reportReference, Long personId, String letterAddress, boolean youngPerson,
                      String guardianName, String guardianAddress, String organisationName,
                      String organisationAddress) {

    /** A case about a person. */
    public NewCase(String reportReference, Long personId, String letterAddress, boolean youngPerson,
                   String guardianName, String guardianAddress) {
        this(reportReference, personId, letterAddress, youngPerson, guardianName, guardianAddress, null, null);
    }

    /** A case about a body (business or organisation). */
    public static NewCase forBody(String reportReference, String organisationName, String organisationAddress) {
        return new NewCase(reportReference, null, null, false, null, null, organisationName, organisationAddress);
    }

    public boolean isBody() {
        return organisationName != null && !organisationName.isBlank();
    }
}
