package org.csucasework.people;

/** A location as a bulk import names it: the address or place name and, when known, its ward. */
public record PlaceDraft(String label, String wardCode) {
}
