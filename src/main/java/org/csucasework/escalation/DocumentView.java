package org.csucasework.escalation;

import java.time.Instant;

/** A document issued: an entry of the letters register (what, to whom, when, by whom, how served). */
public record DocumentView(Long id, String caseReference, String stageCode, String title, String recipientName,
                           String recipientRole, String fileName, int sizeBytes, Instant issuedAt, String issuedBy,
                           String approvedBy, ServiceMethod serviceMethod) {
}
