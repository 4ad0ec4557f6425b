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
    /** An action of the daily tasking or of a group's plan, by its id. */
    ACTION,
    /** A Community MARAC referral, and the case it becomes once accepted: by its reference (MARAC-2026-0001). */
    MARAC_REFERRAL,
    /** An ASB Case Review, by its reference (CR-2026-0001). */
    CASE_REVIEW,
    /** A Community MARAC meeting, by its id. */
    MARAC_MEETING,
    /** A run of the retention policy (data protection), which anonymises many records at once. */
    RETENTION_RUN,
    /** A document attached to a case (casehistory), by its id. */
    DOCUMENT,
    /** A web request or endpoint, for logins and refusals that are not about one record. */
    REQUEST
}
