package org.csucasework.audit;

/** The kind of record an audit event is about. */
public enum AuditRecordType {
    REPORT,
    PERSON,
    PLACE,
    TASK_GROUP,
    ESCALATION_CASE,
    LETTER,
    USER,
    AUDIT_TRAIL,
    /** A web request or endpoint, for logins and refusals that are not about one record. */
    REQUEST
}
