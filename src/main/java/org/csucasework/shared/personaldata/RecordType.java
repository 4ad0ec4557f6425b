package org.csucasework.shared.personaldata;

/**
 * The kinds of record that hold personal data. The case kinds have the names of the case history's kinds, so the
 * history maps one to the other by name.
 */
public enum RecordType {
    PERSON,
    REPORT,
    TASK_GROUP,
    ESCALATION_CASE,
    MARAC_REFERRAL,
    CASE_REVIEW
}
