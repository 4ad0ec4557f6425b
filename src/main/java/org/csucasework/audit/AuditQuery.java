package org.csucasework.audit;

import java.time.Instant;

/**
 * What to look for in the audit trail. Every part is optional but the date range, which is always bounded so that a
 * search never reads the whole table: {@code from} inclusive, {@code to} exclusive.
 */
public record AuditQuery(String username, AuditAction action, AuditRecordType recordType, String recordRef,
                         Instant from, Instant to) {
}
