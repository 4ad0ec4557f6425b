package org.csucasework.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.reference.WorkingDays;
import org.csucasework.risk.RiskAssessmentService;
import org.csucasework.risk.RiskResult;
import org.csucasework.risk.RiskStage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a victim risk assessment does to its report (DESIGN.md 4.7): the level is kept on the report; HIGH flags it
 * (so that it heads that day's tasking agenda) and tells the supervisors, by reference only; MEDIUM sets a contact due
 * within two working days (bank holidays skipped: {@link WorkingDays}), HIGH the same day. For logging
 * ({@link ReportService}) and reviews alike.
 */
@Component
class ReportRisk {

    /** Working days within which a MEDIUM risk victim is contacted. */
    static final int MEDIUM_CONTACT_WORKING_DAYS = 2;

    private final RiskAssessmentService risk;
    private final CaseHistory history;
    private final ApplicationEventPublisher publisher;
    private final AuditTrail audit;

    private final WorkingDays workingDays;

    ReportRisk(RiskAssessmentService risk, CaseHistory history, ApplicationEventPublisher publisher,
               AuditTrail audit, WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.risk = risk;
        this.history = history;
        this.publisher = publisher;
        this.audit = audit;
    }

    /** Assesses the report's victim and acts on the level; in the caller's transaction. */
    RiskResult assess(Report report, RiskStage stage, Map<String, Boolean> answers, String actor, Instant now) {
        RiskResult result = risk.assess(report.getId(), stage, answers, actor);
        LocalDate today = now.atZone(ReportService.ZONE).toLocalDate();
        LocalDate due = result.isHigh() ? today
                : result.isMedium() ? workingDays.after(today, MEDIUM_CONTACT_WORKING_DAYS) : null;
        boolean wasHigh = report.isHighRisk();
        report.assessRisk(result.level(), result.isHigh(), due,
                Boolean.TRUE.equals(answers.get(RiskAssessmentService.HATE_QUESTION)));
        history.record(CaseRef.report(report.getId()), actor, "RISK_ASSESSED", stage.label() + ": victim risk "
                + result.level().toLowerCase(java.util.Locale.UK) + " (score " + result.score() + ")"
                + (result.automaticHigh() ? ", made high by an answer" : ""));
        audit.changed(AuditRecordType.REPORT, report.getReference(), "RISK_ASSESSED");
        if (result.isHigh() && !wasHigh) {
            publisher.publishEvent(new HighRiskAssessed(report.getId(), report.getReference(), result.assessmentId()));
        }
        return result;
    }

    /** Whether any assessment of the report answered yes to being targeted for who the victim is. */
    boolean saidTargeted(Long reportId) {
        return risk.assessmentsOf(reportId).stream().flatMap(a -> a.getAnswers().stream())
                .anyMatch(a -> a.isAnswer() && RiskAssessmentService.HATE_QUESTION.equals(a.getCode()));
    }

    java.util.List<org.csucasework.risk.RiskAssessment> assessmentsOf(Long reportId) {
        return risk.assessmentsOf(reportId);
    }
}
