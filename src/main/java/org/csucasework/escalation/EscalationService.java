package org.csucasework.escalation;

import static org.csucasework.escalation.AsbEscalationProcess.*;
import static org.csucasework.escalation.internal.CaseAccess.blank;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.escalation.internal.BreachRepository;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.CaseReport;
import org.csucasework.escalation.internal.CaseReportRepository;
import org.csucasework.escalation.internal.CaseShareRepository;
import org.csucasework.escalation.internal.DecisionRights;
import org.csucasework.escalation.internal.DocumentContent;
import org.csucasework.escalation.internal.DocumentContentRepository;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationCaseRepository;
import org.csucasework.escalation.internal.EscalationDocument;
import org.csucasework.escalation.internal.EscalationDocumentRepository;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.people.Person;
import org.csucasework.reference.EscalationStage;
import org.csucasework.security.CurrentUser;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.UkDates;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ladder as its users read it: a case with its subject, steps, documents, breaches, evidence and timeline; the
 * caseworkers' list; the supervisors' queue; the letters register and the documents themselves. Every read is made
 * as the signed-in user and checked here (a partner officer sees only the cases shared with their agency). The
 * changes are made by {@link EscalationCases}, {@link EscalationProposals}, {@link EscalationDeadlines} and
 * {@link EscalationEnforcement}.
 */
@Service
public class EscalationService {

    static final int LIST_LIMIT = 500;

    private final EscalationCaseRepository cases;
    private final EscalationStepRepository steps;
    private final CaseReportRepository caseReports;
    private final CaseShareRepository shares;
    private final EscalationDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final BreachRepository breaches;
    private final CaseAccess access;
    private final EscalationHistory history;
    private final CaseProcess process;
    private final ReportService reports;
    private final AuditTrail audit;
    private final DecisionRights rights;

    EscalationService(EscalationCaseRepository cases, EscalationStepRepository steps, CaseReportRepository caseReports,
                      CaseShareRepository shares, EscalationDocumentRepository documents,
                      DocumentContentRepository contents, BreachRepository breaches, CaseAccess access,
                      EscalationHistory history, CaseProcess process, ReportService reports, AuditTrail audit,
                      DecisionRights rights) {
        this.rights = rights;
        this.cases = cases;
        this.steps = steps;
        this.caseReports = caseReports;
        this.shares = shares;
        this.documents = documents;
        this.contents = contents;
        this.breaches = breaches;
        this.access = access;
        this.history = history;
        this.process = process;
        this.reports = reports;
        this.audit = audit;
    }

    // --- Reading --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public CaseDetails details(String reference) {
        EscalationCase c = access.requireReadable(reference);
        audit.viewed(AuditRecordType.ESCALATION_CASE, c.getReference());
        Person person = access.person(c).orElse(null);
        Map<String, EscalationStage> stages = access.stagesByCode();
        List<EscalationStep> caseSteps = steps.findByCaseIdOrderByProposedAtAscIdAsc(c.getId());
        Map<Long, String> references = new HashMap<>();
        List<CaseReport> linked = caseReports.findByCaseIdOrderByAddedAt(c.getId());
        List<ReportSummary> visible = reports.summaries(linked.stream().map(CaseReport::getReportId).toList());
        visible.forEach(r -> references.put(r.id(), r.reference()));
        Map<Long, ReportSummary> byId = visible.stream().collect(Collectors.toMap(ReportSummary::id, Function.identity()));

        List<CaseDetails.StepView> stepViews = caseSteps.stream().map(s -> stepView(s, stages, references)).toList();
        CaseDetails.StepView pending = stepViews.stream()
                .filter(s -> s.status() == StepStatus.PROPOSED || s.status() == StepStatus.RETURNED)
                .findFirst().orElse(null);
        Set<String> servedCodes = caseSteps.stream().filter(s -> s.getStatus() == StepStatus.SERVED)
                .map(EscalationStep::getStageCode).collect(Collectors.toSet());
        List<CaseDetails.Rung> ladder = stages.values().stream()
                .sorted(Comparator.comparing(EscalationStage::getStageOrder))
                .map(s -> new CaseDetails.Rung(s.getStageOrder(), s.getCode(), s.getLabel(),
                        s.getCode().equals(c.getLadderStageCode()) ? "Current stage"
                                : pending != null && pending.stageCode().equals(s.getCode()) ? "Proposed"
                                : servedCodes.contains(s.getCode()) ? "Served earlier" : "Not reached"))
                .toList();
        List<CaseDetails.Evidence> evidence = linked.stream().filter(l -> byId.containsKey(l.getReportId()))
                .map(l -> {
                    ReportSummary r = byId.get(l.getReportId());
                    return new CaseDetails.Evidence(r.id(), r.reference(), r.receivedAt(), r.categoryName(),
                            howLabel(l.getHow()));
                }).toList();
        List<CaseDetails.BreachView> breachViews = breaches.findByCaseIdOrderByReportedAt(c.getId()).stream()
                .map(b -> new CaseDetails.BreachView(b.getId(), b.getDescription(),
                        b.getReportId() == null ? null : references.get(b.getReportId()), b.getStatus().name(),
                        b.getReportedAt(), b.getReportedBy(), b.getDecidedAt(), b.getDecidedBy(), b.getNote()))
                .toList();
        List<CaseDetails.OpenTask> openTasks = process.openTasks(reference).stream()
                .map(t -> new CaseDetails.OpenTask(t.getTaskDefinitionKey(), t.getName(),
                        t.getCreateTime().toInstant(), t.getDueDate()))
                .toList();
        List<CaseDetails.ProcessStep> processSteps = process.history(reference).stream()
                .filter(a -> a.getActivityName() != null)
                .map(EscalationService::processStep).toList();
        Next next = next(c, pending == null ? null : pending.status(), openTasks.stream().map(CaseDetails.OpenTask::key).toList());
        return new CaseDetails(c.getId(), c.getReference(), c.getVersion(), c.getStatus(), c.getPersonId(),
                access.subjectName(c), person == null ? null : person.getDateOfBirth(), c.getLetterAddress(),
                c.isYoungPerson(),
                c.getGuardianName(), c.getGuardianAddress(), c.getCaseworker(), c.getLadderStageCode(), ladder,
                c.getWaitKind(), c.getReviewDate(), c.getTermEnd(), c.getComplianceDate(), c.isCompliancePassed(),
                c.isAbaReviewed(), c.getWatchUntil(), next.text(), next.date(), pending, stepViews,
                documents.findByCaseIdOrderByIssuedAtAscIdAsc(c.getId()).stream().map(d -> documentView(d, c)).toList(),
                breachViews, evidence,
                shares.findByCaseIdOrderBySharedAt(c.getId()).stream()
                        .map(s -> new CaseDetails.Share(s.getAgencyCode(), s.getReason(), s.getSharedAt(), s.getSharedBy()))
                        .toList(),
                history.timeline(c.getId()).stream()
                        .map(e -> new CaseDetails.Event(e.at(), e.actor(), e.code(), e.text()))
                        .toList(),
                openTasks, processSteps, c.getClosedAt(), c.getClosedBy(), c.getClosureReason(), c.isBody(),
                c.isAgeConfirmed(), c.getAgeConfirmedBy());
    }

    private static CaseDetails.ProcessStep processStep(HistoricActivityInstance a) {
        return new CaseDetails.ProcessStep(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant());
    }

    /** The open cases the user may see, oldest first, each with what it waits for next; optionally only theirs. */
    @Transactional(readOnly = true)
    public List<CaseSummary> openCases(boolean onlyMine) {
        CurrentUser user = access.user();
        List<EscalationCase> found = access.isCsu(user)
                ? cases.findByStatus(CaseStatus.OPEN, PageRequest.of(0, LIST_LIMIT))
                : access.readsAgencyCases(user)
                ? cases.findSharedWith(user.agencyCode(), CaseStatus.OPEN, PageRequest.of(0, LIST_LIMIT))
                : List.of();
        Map<String, EscalationStage> stages = access.stagesByCode();
        Map<Long, StepStatus> pending = new HashMap<>();
        for (StepStatus status : List.of(StepStatus.PROPOSED, StepStatus.RETURNED, StepStatus.APPROVED)) {
            steps.findByStatusOrderBySubmittedAtAscIdAsc(status, PageRequest.of(0, LIST_LIMIT * 2))
                    .forEach(s -> pending.put(s.getCaseId(), s.getStatus()));
        }
        return found.stream()
                .filter(c -> !onlyMine || user.username().equals(c.getCaseworker()))
                .map(c -> {
                    Next next = next(c, pending.get(c.getId()), null);
                    return new CaseSummary(c.getId(), c.getReference(), access.subjectName(c), c.getStatus(),
                            Optional.ofNullable(c.getLadderStageCode()).map(stages::get).map(EscalationStage::getLabel)
                                    .orElse("Nothing issued yet"),
                            c.getCaseworker(), next.text(), next.date());
                })
                .sorted(Comparator.comparing(CaseSummary::nextDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Whether an appeal against the case's served CPN may be recorded now: within its 21 days, none recorded yet. */
    @Transactional(readOnly = true)
    public boolean canLodgeAppeal(String reference) {
        access.requireReadable(reference);
        return process.canReceive(reference, MESSAGE_APPEAL_LODGED);
    }

    /**
     * The supervisors' escalation queue: every proposal awaiting a decision the signed-in supervisor may take (a
     * partner officer's as configured, {@link PartnerApproval}), oldest first, with its age.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        Instant now = access.now();
        CurrentUser user = access.user();
        Map<String, EscalationStage> stages = access.stagesByCode();
        Map<Long, EscalationCase> byId = new HashMap<>();
        Map<String, Optional<String>> agencyOfProposer = new HashMap<>();
        // Whom the supervisor may decide for is asked in the query, before the limit: filtering the oldest proposals
        // afterwards would hide theirs behind others'. The filter after it only guards what the query cannot see
        // (a proposer whose account was disabled since, a case no longer shared with the supervisor's agency).
        DecisionRights.Decidable decidable = rights.decidableBy(user);
        return steps.findDecidable(decidable.csu(), decidable.partnerOfficers(), decidable.decidedOfficers(),
                        PageRequest.of(0, LIST_LIMIT)).stream()
                .filter(s -> rights.mayDecide(user, agencyOfProposer.computeIfAbsent(s.getProposedBy(),
                        rights::partnerAgencyOf)))
                .filter(s -> access.canRead(user, byId.computeIfAbsent(s.getCaseId(),
                        id -> cases.findById(id).orElseThrow())))
                .map(s -> {
                    EscalationCase c = byId.get(s.getCaseId());
                    return new QueueItem(s.getId(), c.getReference(), access.subjectName(c), s.getStageCode(),
                            Optional.ofNullable(stages.get(s.getStageCode())).map(EscalationStage::getLabel)
                                    .orElse(s.getStageCode()),
                            s.isSkip(), s.getProposedBy(), s.getSubmittedAt(), s.getSubmissions(),
                            Duration.between(s.getSubmittedAt(), now));
                })
                .toList();
    }

    /**
     * The letters register for a period (both days inclusive), newest first, limited to cases the user may see: the
     * documents served in the period, and those generated in it still waiting to be served.
     */
    @Transactional(readOnly = true)
    public List<DocumentView> lettersRegister(LocalDate from, LocalDate to) {
        CurrentUser user = access.user();
        Instant start = from.atStartOfDay(CaseProcess.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CaseProcess.ZONE).toInstant();
        Map<Long, Optional<EscalationCase>> visible = new HashMap<>();
        return documents.register(from, to, start, end, PageRequest.of(0, LIST_LIMIT * 4)).stream()
                .map(d -> visible.computeIfAbsent(d.getCaseId(), id -> cases.findById(id)
                                .filter(c -> access.canRead(user, c)))
                        .map(c -> documentView(d, c)).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    /** A document's PDF for someone who may see its case; the download is recorded on the case's timeline. */
    @Transactional
    public DocumentFile document(Long documentId) {
        EscalationDocument document = documents.findById(documentId)
                .orElseThrow(() -> new NotFoundException("No such document"));
        EscalationCase c = cases.findById(document.getCaseId())
                .orElseThrow(() -> new NotFoundException("No such document"));
        if (!access.canRead(access.user(), c)) {
            audit.refused(AuditRecordType.LETTER, documentId, "Case " + c.getReference() + " is not shared");
            throw new NotFoundException("No such document");
        }
        audit.viewed(AuditRecordType.LETTER, documentId);
        byte[] content = contents.findById(documentId).map(DocumentContent::getContent)
                .orElseThrow(() -> new NotFoundException("No such document"));
        history.record(c, access.actor(), "DOCUMENT_DOWNLOADED", "Downloaded " + document.getFileName());
        return new DocumentFile(document.getFileName(), content);
    }

    /** Reports about the case's person the user may see: the candidates for a proposal's evidence. */
    @Transactional(readOnly = true)
    public List<ReportSummary> reportsAboutPerson(String reference) {
        EscalationCase c = access.requireReadable(reference);
        // A body is never a report's subject: its candidates are the reports already linked to its case.
        return c.isBody() ? reports.summaries(caseReports.findByCaseIdOrderByAddedAt(c.getId()).stream()
                .map(CaseReport::getReportId).toList()) : reports.historyOfPerson(c.getPersonId());
    }

    /** The people involved in a report, for choosing whom a new case is about. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional(readOnly = true)
    public List<ReportDetails.Involved> peopleInReport(String reportReference) {
        if (blank(reportReference)) {
            return List.of();
        }
        try {
            return reports.details(reportReference.trim()).subjects();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** The active partner agencies a case can be shared with: code and name. */
    @Transactional(readOnly = true)
    public Map<String, String> shareableAgencies() {
        return access.activeAgencies();
    }

    /** The ladder's stages, in order (from the reference data). */
    @Transactional(readOnly = true)
    public List<EscalationStage> stages() {
        return access.stages();
    }

    // --- Helpers --------------------------------------------------------------------------------------------------

    private record Next(String text, LocalDate date) {
    }

    private static Next next(EscalationCase c, StepStatus pending, List<String> openTaskKeys) {
        if (!c.isOpen()) {
            return new Next("Closed", null);
        }
        if (pending == StepStatus.PROPOSED) {
            return new Next("Awaiting a supervisor's decision", null);
        }
        if (pending == StepStatus.RETURNED) {
            return new Next("Returned: revise and resubmit", null);
        }
        if (pending == StepStatus.APPROVED || openTaskKeys != null && openTaskKeys.contains(SERVE_STEP)) {
            return new Next("Approved: serve it and record the service", null);
        }
        if (openTaskKeys != null) {
            if (openTaskKeys.contains(CONFIRM_BREACH)) {
                return new Next("Breach to confirm or dismiss", null);
            }
            if (openTaskKeys.contains(CONSIDER_FURTHER_REPORT)) {
                return new Next("Further report to consider", null);
            }
            if (openTaskKeys.contains(REVIEW_ABA)) {
                return new Next("ABA review due; term ends", c.getTermEnd());
            }
        }
        return switch (c.getWaitKind()) {
            case ABA -> c.isAbaReviewed() ? new Next("ABA term ends", c.getTermEnd())
                    : new Next("ABA review due", c.getReviewDate());
            case CPW -> new Next("CPW time to comply ends", c.getComplianceDate());
            case WATCH -> new Next("Watch period ends", c.getWatchUntil());
            case NONE -> c.getNoticeQuashedOn() != null
                    ? new Next("Notice quashed on appeal on " + UkDates.day(c.getNoticeQuashedOn())
                    + ": propose the next step or close the case", null)
                    : new Next("Propose the next step or close the case", null);
        };
    }

    private CaseDetails.StepView stepView(EscalationStep s, Map<String, EscalationStage> stages,
                                          Map<Long, String> references) {
        List<Long> evidence = s.getEvidenceReportIds().stream().sorted().toList();
        return new CaseDetails.StepView(s.getId(), s.getStageCode(),
                Optional.ofNullable(stages.get(s.getStageCode())).map(EscalationStage::getLabel).orElse(s.getStageCode()),
                s.getStatus(), s.getConduct(), s.getServiceMethod(), s.getDurationDays(), s.isSkip(),
                s.getSkipJustification(), evidence,
                evidence.stream().map(id -> references.getOrDefault(id, "(not visible)")).toList(),
                s.getProposedBy(), s.getProposedAt(), s.getSubmittedAt(), s.getSubmissions(), s.getDecidedBy(),
                s.getDecidedAt(), s.getDecisionNote(), s.getIssuedOn(), s.getVersion(), s.getComplianceDate(),
                s.getRequirements(), s.approvedOn(), s.getServedOn(), s.getServedMethod(), s.getServedBy());
    }

    private static DocumentView documentView(EscalationDocument d, EscalationCase c) {
        return new DocumentView(d.getId(), c.getReference(), d.getStageCode(), d.getTitle(), d.getRecipientName(),
                switch (d.getRecipientRole()) {
                    case SUBJECT -> c.isBody() ? "The business or organisation" : "The person";
                    case GUARDIAN -> "Parent or guardian";
                    case LEGAL_SERVICES -> "Legal services";
                }, d.getFileName(), d.getSizeBytes(), d.getIssuedAt(), d.getIssuedBy(), d.getApprovedBy(),
                d.getServedMethod() == null ? d.getServiceMethod() : d.getServedMethod(), d.getServedOn(),
                d.getServedBy());
    }

    private static String howLabel(CaseReport.How how) {
        return switch (how) {
            case REFERRAL -> "Referred by the daily tasking";
            case EVIDENCE -> "Evidence";
            case FURTHER_REPORT -> "Further report while open";
            case BREACH -> "Report of a breach";
        };
    }

}
