package org.csucasework.escalation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the letters register: a document generated on approval (what, to whom, proposed and approved by whom)
 * and its service (the day, how, by whom; empty until served). {@code serviceMethod} is how it was served, or how it
 * is to be served until then.
 */
public record DocumentView(Long id, String caseReference, String stageCode, String title, String recipientName,
                           String recipientRole, String fileName, int sizeBytes, Instant issuedAt, String issuedBy,
                           String approvedBy, ServiceMethod serviceMethod, LocalDate servedOn, String servedBy) {

    public boolean served() {
        return servedOn != null;
    }
}
