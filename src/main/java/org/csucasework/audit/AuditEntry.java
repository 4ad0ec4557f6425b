package org.csucasework.audit;

import java.time.Instant;

/** One row of the audit trail as the search screen and the export show it. */
public record AuditEntry(long id, Instant occurredAt, String username, AuditAction action, AuditRecordType recordType,
                         String recordRef, String reason) {
}
