package org.csucasework.casehistory;

import java.time.Instant;

/**
 * A case note to add: its text, optionally the contact with the reporter or victim it records, and optionally the
 * id of the note it corrects (notes are never edited).
 */
public record NewNote(String text, Contact contact, Long corrects) {

    /** A contact with the reporter or victim: with whom, how, what came of it, and when (default: now). */
    public record Contact(String with, ContactMethod method, String outcome, Instant at) {
    }
}
