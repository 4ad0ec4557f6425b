package org.csucasework.escalation;

/** Ids in {@code bpmn/asb-escalation.bpmn}, for code and tests instead of string literals. */
public final class AsbEscalationProcess {

    public static final String KEY = "asb-escalation";

    // User tasks
    public static final String PROPOSE_STEP = "proposeStep";
    public static final String DECIDE_STEP = "decideStep";
    public static final String REVISE_STEP = "reviseStep";
    public static final String REVIEW_ABA = "reviewAba";
    public static final String CONSIDER_FURTHER_REPORT = "considerFurtherReport";
    public static final String CONFIRM_BREACH = "confirmBreach";
    public static final String SERVE_STEP = "serveStep";
    public static final String RECORD_APPEAL_OUTCOME = "recordAppealOutcome";

    // Other activities and events
    public static final String ISSUE_STEP = "issueStep";
    public static final String MONITORING = "monitoring";
    public static final String ABA_REVIEW_DUE = "abaReviewDue";
    public static final String ABA_TERM_ENDS = "abaTermEnds";
    public static final String TIME_TO_COMPLY_ENDS = "timeToComplyEnds";
    public static final String WATCH_PERIOD_ENDS = "watchPeriodEnds";
    public static final String RECORD_ABA_TERM_ENDED = "recordAbaTermEnded";
    public static final String RECORD_TIME_TO_COMPLY_PASSED = "recordTimeToComplyPassed";
    public static final String RECORD_WATCH_ENDED = "recordWatchEnded";
    public static final String FURTHER_REPORT_LOGGED = "furtherReportLogged";
    public static final String BREACH_REPORTED = "breachReported";
    public static final String STEP_PROPOSED = "stepProposed";
    public static final String DE_ESCALATED = "deEscalated";
    public static final String CASE_CLOSED = "caseClosed";
    public static final String APPEAL_WINDOW_ENDS = "appealWindowEnds";
    public static final String APPEAL_LODGED = "appealLodged";
    public static final String RECORD_APPEAL_WINDOW_CLOSED = "recordAppealWindowClosed";
    public static final String FIXED_PENALTY_ISSUED = "fixedPenaltyIssued";
    public static final String PAYMENT_DUE_ENDS = "paymentDueEnds";
    public static final String PENALTY_PAID = "penaltyPaid";
    public static final String RECORD_PENALTY_UNPAID = "recordPenaltyUnpaid";
    public static final String STEP_IN_FORCE_ENDED = "stepInForceEnded";

    // Messages
    public static final String MESSAGE_STEP_PROPOSED = "StepProposed";
    public static final String MESSAGE_FURTHER_REPORT = "FurtherReport";
    public static final String MESSAGE_BREACH_REPORTED = "BreachReported";
    public static final String MESSAGE_DE_ESCALATED = "DeEscalated";
    public static final String MESSAGE_CASE_CLOSED = "CaseClosed";
    public static final String MESSAGE_APPEAL_LODGED = "AppealLodged";
    public static final String MESSAGE_FIXED_PENALTY_ISSUED = "FixedPenaltyIssued";
    public static final String MESSAGE_FIXED_PENALTY_PAID = "FixedPenaltyPaid";
    public static final String MESSAGE_STEP_IN_FORCE_ENDED = "StepInForceEnded";

    // Variables: ids, codes, flags and dates only, never personal data
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_STEP_ID = "stepId";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_STEP_IN_FORCE = "stepInForce";
    public static final String VAR_WAIT_KIND = "waitKind";
    public static final String VAR_REVIEW_DATE = "reviewDate";
    public static final String VAR_TERM_END = "termEnd";
    public static final String VAR_COMPLIANCE_DATE = "complianceDate";
    public static final String VAR_WATCH_UNTIL = "watchUntil";
    public static final String VAR_ABA_REVIEWED = "abaReviewed";
    public static final String VAR_ESCALATE = "escalate";
    public static final String VAR_BREACH_CONFIRMED = "breachConfirmed";
    public static final String VAR_REPORT_ID = "reportId";
    /** The end of the last day to appeal against a CPN (21 days from service, s46); null for other steps. */
    public static final String VAR_APPEAL_DEADLINE = "appealDeadline";
    /** The end of the last day to pay a fixed penalty (14 days from its issue, s52). */
    public static final String VAR_PAYMENT_DUE = "paymentDue";

    private AsbEscalationProcess() {
    }
}
