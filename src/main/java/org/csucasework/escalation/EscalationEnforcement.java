package org.csucasework.escalation;

import static org.csucasework.escalation.AsbEscalationProcess.CONFIRM_BREACH;
import static org.csucasework.escalation.AsbEscalationProcess.CONSIDER_FURTHER_REPORT;
import static org.csucasework.escalation.AsbEscalationProcess.MESSAGE_BREACH_REPORTED;
import static org.csucasework.escalation.AsbEscalationProcess.MESSAGE_FURTHER_REPORT;
import static org.csucasework.escalation.AsbEscalationProcess.VAR_BREACH_CONFIRMED;
import static org.csucasework.escalation.AsbEscalationProcess.VAR_ESCALATE;
import static org.csucasework.escalation.internal.CaseAccess.blank;
import static org.csucasework.escalation.internal.CaseAccess.trimToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.internal.Breach;
import org.csucasework.escalation.internal.BreachRepository;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.CaseReport;
import org.csucasework.escalation.internal.CaseReportRepository;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationCaseRepository;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.intake.ReportLogged;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSubject;
import org.csucasework.intake.SubjectRole;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement while something issued is in force: further reports about the subject, breaches reported (by anyone
 * who may see the case, partners included) and confirmed or dismissed by a caseworker.
 */
@Service
@RequiredArgsConstructor
public class EscalationEnforcement {

    private final EscalationCaseRepository cases;
    private final CaseReportRepository caseReports;
    private final BreachRepository breaches;
    private final CaseAccess access;
    private final EscalationHistory history;
    private final CaseProcess process;
    private final ReportService reports;

    /**
     * A report was logged: each open case about one of its alleged perpetrators hears of it. A plain (synchronous)
     * listener on purpose: the report reaches a waiting case in the report's own transaction.
     */
    @EventListener
    @Transactional
    void reportLogged(ReportLogged logged) {
        if (logged.subjectPersonIds().isEmpty()) {
            return;
        }
        List<EscalationCase> open = cases.findByPersonIdInAndStatus(logged.subjectPersonIds(), CaseStatus.OPEN);
        if (open.isEmpty()) {
            return;
        }
        Set<Long> perpetrators = perpetratorsOf(logged);
        for (EscalationCase c : open) {
            if (!perpetrators.contains(c.getPersonId()) || caseReports.existsByCaseIdAndReportId(c.getId(), logged.reportId())) {
                continue;
            }
            access.linkReport(c, logged.reportId(), CaseReport.How.FURTHER_REPORT, "system");
            boolean waiting = process.canReceive(c.getReference(), MESSAGE_FURTHER_REPORT);
            history.record(c, "system", "FURTHER_REPORT", "Further report " + logged.reference() + " about the person"
                    + (waiting ? " during the watch: the caseworker considers it" : ""));
            if (waiting) {
                process.furtherReport(c.getReference(), logged.reportId());
            }
        }
    }

    private Set<Long> perpetratorsOf(ReportLogged logged) {
        try {
            return reports.requireReadable(logged.reportId()).getSubjects().stream()
                    .filter(s -> s.getRole() == SubjectRole.ALLEGED_PERPETRATOR)
                    .map(ReportSubject::getPersonId).collect(Collectors.toSet());
        } catch (RuntimeException e) {
            // Logged without a user who may read it (an import): every person named counts.
            return Set.copyOf(logged.subjectPersonIds());
        }
    }

    /** The caseworker considered a further report: escalate (then propose the next step) or keep watching. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void considerFurtherReport(String reference, boolean escalate, String note) {
        EscalationCase c = access.requireOpen(reference);
        if (!process.isWaitingAt(reference, CONSIDER_FURTHER_REPORT)) {
            throw ValidationException.of("note", "No further report is waiting to be considered");
        }
        if (!escalate && blank(note)) {
            throw ValidationException.of("note", "Say why the case keeps watching without escalating");
        }
        history.record(c, access.actor(), "FURTHER_REPORT_CONSIDERED", (escalate
                ? "Further report considered: the next step will be proposed"
                : "Further report considered: keep watching") + (blank(note) ? "" : " - " + note.trim()));
        process.completeTask(reference, CONSIDER_FURTHER_REPORT, Map.of(VAR_ESCALATE, escalate));
    }

    /** Anyone who may see the case (partners included) reports a breach; a caseworker then confirms or dismisses it. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public void reportBreach(String reference, String description, String reportReference) {
        EscalationCase c = access.requireOpen(reference);
        List<FieldError> errors = new ArrayList<>();
        if (blank(description)) {
            errors.add(new FieldError("breachDescription", "Describe the breach: what happened, when and where"));
        } else if (description.trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("breachDescription", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        Long reportId = null;
        if (!blank(reportReference)) {
            try {
                reportId = reports.requireReadable(reportReference.trim()).getId();
            } catch (NotFoundException e) {
                errors.add(new FieldError("breachReport", "No report " + reportReference.trim()));
            }
        }
        if (!process.canReceive(reference, MESSAGE_BREACH_REPORTED)) {
            errors.add(new FieldError("breachDescription", process.isWaitingAt(reference, CONFIRM_BREACH)
                    ? "A reported breach is already waiting for a caseworker to confirm it"
                    : "Nothing issued on this case is in force at the moment, so there is nothing to breach"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        breaches.save(new Breach(c.getId(), description.trim(), reportId, access.now(), access.actor()));
        if (reportId != null) {
            access.linkReport(c, reportId, CaseReport.How.BREACH, access.actor());
        }
        history.record(c, access.actor(), "BREACH_REPORTED", "Breach reported: " + description.trim());
        process.breachReported(reference);
    }

    /** A caseworker confirms the reported breach (the next step can then be proposed) or dismisses it. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void confirmBreach(String reference, boolean confirmed, String note) {
        EscalationCase c = access.requireOpen(reference);
        Breach breach = breaches.findFirstByCaseIdAndStatusOrderByReportedAtDesc(c.getId(), Breach.Status.REPORTED)
                .filter(b -> process.isWaitingAt(reference, CONFIRM_BREACH))
                .orElseThrow(() -> ValidationException.of("breachNote", "No reported breach is waiting for confirmation"));
        if (!confirmed && blank(note)) {
            throw ValidationException.of("breachNote", "Say why the breach is not confirmed");
        }
        breach.decide(confirmed, trimToNull(note), access.now(), access.actor());
        history.record(c, access.actor(), confirmed ? "BREACH_CONFIRMED" : "BREACH_DISMISSED",
                (confirmed ? "Breach confirmed" : "Breach not confirmed") + (blank(note) ? "" : ": " + note.trim()));
        process.completeTask(reference, CONFIRM_BREACH, Map.of(VAR_BREACH_CONFIRMED, confirmed));
    }
}
