package org.csucasework.casehistory;

import java.time.Instant;

/**
 * One entry of a case's history as the screens and the API show it.
 *
 * @param code        the owning module's code for an event (LOGGED, CLOSED); NOTE or CONTACT for notes
 * @param actorName   the full name of who recorded it ("System" for the application itself)
 * @param corrects    the note this one corrects, if any
 * @param correctedBy a later note that corrects this one, if any
 * @param documentId  the document an entry of kind DOCUMENT is about
 */
public record HistoryItem(Long id, CaseKind caseKind, long caseId, EntryKind kind, Instant at, String actor,
                          String actorName, String code, String text, String contactWith, ContactMethod contactMethod,
                          String contactOutcome, Long corrects, Long correctedBy, Long documentId) {
}
