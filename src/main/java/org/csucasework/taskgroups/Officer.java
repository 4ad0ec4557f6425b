package org.csucasework.taskgroups;

/** A user who can lead a group: username, name and agency. */
public record Officer(String username, String fullName, String agencyCode, String agencyName) {

    public String label() {
        return fullName + " (" + agencyName + ")";
    }
}
