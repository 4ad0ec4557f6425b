package org.csucasework.audit;

/** What happened to a record, or at the door. */
public enum AuditAction {
    VIEW,
    CREATE,
    CHANGE,
    EXPORT,
    LOGIN,
    LOGIN_FAILED,
    DENIED,
    SESSIONS_ENDED
}
