package org.csucasework.escalation;

import static org.csucasework.escalation.AsbEscalationProcess.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.escalation.internal.Breach;
import org.csucasework.escalation.internal.BreachRepository;
import org.csucasework.escalation.internal.CaseReport;
import org.csucasework.escalation.internal.CaseReportRepository;
import org.csucasework.escalation.internal.CaseShare;
import org.csucasework.escalation.internal.CaseShareRepository;
import org.csucasework.escalation.internal.DocumentContent;
import org.csucasework.escalation.internal.DocumentContentRepository;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationCaseRepository;
import org.csucasework.escalation.internal.EscalationDocument;
import org.csucasework.escalation.internal.EscalationDocumentRepository;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.escalation.internal.LetterPdf;
import org.csucasework.escalation.internal.LetterTemplate;
import org.csucasework.escalation.internal.LetterTemplateRepository;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportLogged;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSubject;
import org.csucasework.intake.ReportSummary;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.reference.EscalationStage;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportReferred;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation ladder: cases about a person, the steps caseworkers propose and supervisors decide, the documents
 * issued, and what the case waits for afterwards. Every call is made as the signed-in user and checked here:
 * caseworkers propose, supervisors decide, and a partner officer sees only the cases shared with their agency.
 * The service decides and records; {@link CaseProcess} moves the engine to match.
 */
@Service
public class EscalationService {

    static final String REFERENCE_FORMAT = "ESC-%d-%04d";
    static final int LIST_LIMIT = 500;
    static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final EscalationCaseRepository cases;
    private final EscalationStepRepository steps;
    private final CaseReportRepository caseReports;
    private final CaseShareRepository shares;
    private final EscalationDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final BreachRepository breaches;
    private final CaseHistory events;
    private final LetterTemplateRepository templates;
    private final CaseProcess process;
    private final ReportService reports;
    private final PeopleService people;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;
    private final int watchDays;
    private final int reviewDaysBefore;

    EscalationService(EscalationCaseRepository cases, EscalationStepRepository steps, CaseReportRepository caseReports,
                      CaseShareRepository shares, EscalationDocumentRepository documents,
                      DocumentContentRepository contents, BreachRepository breaches, CaseHistory events,
                      LetterTemplateRepository templates, CaseProcess process, ReportService reports,
                      PeopleService people, ReferenceDataService referenceData, UserService users, AuditTrail audit,
                      Clock clock, @Value("${casework.escalation.watch-days:183}") int watchDays,
                      @Value("${casework.escalation.aba-review-days-before:14}") int reviewDaysBefore) {
        this.cases = cases;
        this.steps = steps;
        this.caseReports = caseReports;
        this.shares = shares;
        this.documents = documents;
        this.contents = contents;
        this.breaches = breaches;
        this.events = events;
        this.templates = templates;
        this.process = process;
        this.reports = reports;
        this.people = people;
        this.referenceData = referenceData;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.watchDays = watchDays;
        this.reviewDaysBefore = reviewDaysBefore;
    }

    // --- Opening a case -------------------------------------------------------------------------------------------

    /** Opens a case by hand from a report about the person. Every problem is reported at once, at its field. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public String open(NewCase newCase) {
        CurrentUser user = users.requireCurrentUser();
        List<FieldError> errors = new ArrayList<>();
        Report report = null;
        if (blank(newCase.reportReference())) {
            errors.add(new FieldError("reportReference", "Enter the reference of a report about the person"));
        } else {
            try {
                report = reports.requireReadable(newCase.reportReference().trim());
            } catch (NotFoundException e) {
                errors.add(new FieldError("reportReference", "No report " + newCase.reportReference().trim()));
            }
        }
        Person person = null;
        if (newCase.personId() == null) {
            errors.add(new FieldError("personId", "Choose the person the case is about"));
        } else if (report != null) {
            Long personId = newCase.personId();
            if (report.getSubjects().stream().noneMatch(s -> s.getPersonId().equals(personId))) {
                errors.add(new FieldError("personId", "This person is not involved in " + report.getReference()));
            } else {
                person = people.person(personId).orElse(null);
                cases.findFirstByPersonIdAndStatus(personId, CaseStatus.OPEN).ifPresent(open -> errors.add(
                        new FieldError("personId", "Case " + open.getReference()
                                + " is already open for this person: add the report to it instead")));
            }
        }
        boolean young = newCase.youngPerson() || (person != null && isYoung(person));
        checkDetails(newCase.letterAddress(), young, newCase.guardianName(), newCase.guardianAddress(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        EscalationCase created = create(person, trimToNull(newCase.letterAddress()), young,
                trimToNull(newCase.guardianName()), trimToNull(newCase.guardianAddress()),
                user.has(Role.CASEWORKER) ? user.username() : null, null, user.username());
        addReport(created, report.getId(), CaseReport.How.EVIDENCE, user.username());
        record(created, user.username(), "OPENED", "Case opened from report " + report.getReference());
        process.start(created.getReference(), created.getId());
        return created.getReference();
    }

    /**
     * The daily tasking referred a report to the ladder for a named person: opens their case, or adds the report to
     * the case already open for them. A second delivery of the same referral changes nothing.
     */
    @Transactional
    public void openFromReferral(ReportReferred referred) {
        if (referred.kind() != ReferralKind.ESCALATION || referred.personId() == null
                || cases.findByReferralId(referred.referralId()).isPresent()) {
            return;
        }
        String actor = actor();
        Optional<EscalationCase> open = cases.findFirstByPersonIdAndStatus(referred.personId(), CaseStatus.OPEN);
        if (open.isPresent()) {
            addReport(open.get(), referred.reportId(), CaseReport.How.REFERRAL, actor);
            record(open.get(), actor, "REFERRED", "Referred again by the daily tasking with report " + referred.reference());
            return;
        }
        Optional<Person> person = people.person(referred.personId());
        if (person.isEmpty()) {
            return;
        }
        String caseworker = users.currentUser().filter(u -> u.has(Role.CASEWORKER)).map(CurrentUser::username)
                .orElse(null);
        EscalationCase created = create(person.get(), person.get().getAddress(), isYoung(person.get()), null, null,
                caseworker, referred.referralId(), actor);
        addReport(created, referred.reportId(), CaseReport.How.REFERRAL, actor);
        record(created, actor, "OPENED", "Case opened from the daily tasking's referral of report " + referred.reference()
                + (created.isYoungPerson() ? ". A young person: record the parent or guardian before proposing a step" : ""));
        process.start(created.getReference(), created.getId());
    }

    private EscalationCase create(Person person, String letterAddress, boolean young, String guardianName,
                                  String guardianAddress, String caseworker, Long referralId, String actor) {
        String reference = String.format(REFERENCE_FORMAT, today().getYear(), cases.nextCaseNumber());
        return cases.saveAndFlush(new EscalationCase(reference, person.getId(),
                letterAddress == null ? person.getAddress() : letterAddress, young, guardianName, guardianAddress,
                caseworker, referralId, clock.instant(), actor));
    }

    /** Changes where letters go and, for a young person, who their parent or guardian is. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void changeDetails(String reference, long expectedVersion, String letterAddress, boolean youngPerson,
                              String guardianName, String guardianAddress) {
        EscalationCase c = requireOpen(reference);
        checkVersion(c, expectedVersion);
        List<FieldError> errors = new ArrayList<>();
        checkDetails(letterAddress, youngPerson, guardianName, guardianAddress, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        c.changeDetails(trimToNull(letterAddress), youngPerson, trimToNull(guardianName), trimToNull(guardianAddress));
        flush(c);
        record(c, actor(), "DETAILS_CHANGED", youngPerson
                ? "Letter address and parent or guardian recorded" : "Letter address recorded");
    }

    private static void checkDetails(String letterAddress, boolean young, String guardianName, String guardianAddress,
                                     List<FieldError> errors) {
        if (letterAddress != null && letterAddress.trim().length() > EscalationFieldLimits.ADDRESS) {
            errors.add(new FieldError("letterAddress", "At most " + EscalationFieldLimits.ADDRESS + " characters"));
        }
        if (young && blank(guardianName)) {
            errors.add(new FieldError("guardianName", "A young person's letters also go to a parent or guardian: enter their name"));
        } else if (guardianName != null && guardianName.trim().length() > EscalationFieldLimits.NAME) {
            errors.add(new FieldError("guardianName", "At most " + EscalationFieldLimits.NAME + " characters"));
        }
        if (young && blank(guardianAddress)) {
            errors.add(new FieldError("guardianAddress", "Enter the parent's or guardian's address"));
        } else if (guardianAddress != null && guardianAddress.trim().length() > EscalationFieldLimits.ADDRESS) {
            errors.add(new FieldError("guardianAddress", "At most " + EscalationFieldLimits.ADDRESS + " characters"));
        }
    }

    /** Shares the case with a partner agency, with the reason; its officers can then see it and report breaches. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void share(String reference, String agencyCode, String reason) {
        EscalationCase c = requireReadable(reference);
        List<FieldError> errors = new ArrayList<>();
        if (referenceData.agency(agencyCode).isEmpty()) {
            errors.add(new FieldError("agencyCode", "Choose the agency to share the case with"));
        }
        if (blank(reason)) {
            errors.add(new FieldError("shareReason", "Say why the agency needs to see the case"));
        } else if (reason.trim().length() > EscalationFieldLimits.SHARE_REASON) {
            errors.add(new FieldError("shareReason", "At most " + EscalationFieldLimits.SHARE_REASON + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!shares.existsByCaseIdAndAgencyCode(c.getId(), agencyCode)) {
            shares.save(new CaseShare(c.getId(), agencyCode, reason.trim(), clock.instant(), actor()));
            record(c, actor(), "SHARED", "Shared with " + agencyCode + ": " + reason.trim());
        }
    }

    // --- Proposals and decisions ----------------------------------------------------------------------------------

    /**
     * A caseworker proposes the next step; it goes to the supervisors' queue. Refused, with the reason at the field,
     * when the step does not follow from where the person stands (a CPN without a CPW whose time to comply has
     * passed, a skipped stage) unless a justification for the skip is given for the supervisor to approve.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    @Transactional
    public Long propose(String reference, ProposalDraft draft) {
        EscalationCase c = requireOpen(reference);
        CurrentUser user = users.requireCurrentUser();
        steps.findPending(c.getId(), List.of(StepStatus.PROPOSED, StepStatus.RETURNED)).ifPresent(pending -> {
            throw ValidationException.of("stageCode", "A proposal for " + stageLabel(pending.getStageCode())
                    + " is already " + (pending.getStatus() == StepStatus.RETURNED
                    ? "returned to you: revise and resubmit it" : "with the supervisors") + ". Only one at a time.");
        });
        if (process.isWaitingAt(reference, CONFIRM_BREACH)) {
            throw ValidationException.of("stageCode", "A breach has been reported: confirm or dismiss it first");
        }
        if (!process.canPropose(reference)) {
            throw ValidationException.of("stageCode", "The case cannot take a proposal at the moment");
        }
        boolean skip = checkProposal(c, draft);
        EscalationStep step = steps.saveAndFlush(new EscalationStep(c.getId(), draft.getStageCode(),
                draft.getConduct().trim(), draft.getServiceMethod(), draft.getDurationDays(), skip,
                trimToNull(draft.getSkipJustification()), draft.getEvidenceReportIds(), clock.instant(),
                user.username()));
        for (Long reportId : draft.getEvidenceReportIds()) {
            addReport(c, reportId, CaseReport.How.EVIDENCE, user.username());
        }
        if (c.getCaseworker() == null) {
            c.assignCaseworker(user.username());
        }
        record(c, user.username(), "PROPOSED", "Proposed: " + stageLabel(step.getStageCode())
                + (skip ? " (skipping a stage, justified: " + step.getSkipJustification() + ")" : ""));
        process.proposed(reference, step.getId());
        return step.getId();
    }

    /** The caseworker changes a returned proposal and sends it back to the supervisors. */
    @PreAuthorize("hasRole('CASEWORKER')")
    @Transactional
    public void resubmit(Long stepId, long expectedVersion, ProposalDraft draft) {
        EscalationStep step = requireStep(stepId);
        EscalationCase c = requireOpen(caseOf(step).getReference());
        if (step.getStatus() != StepStatus.RETURNED) {
            throw ValidationException.of("stageCode", "Only a proposal returned with comments can be resubmitted");
        }
        checkVersion(step, expectedVersion);
        boolean skip = checkProposal(c, draft);
        step.resubmit(draft.getStageCode(), draft.getConduct().trim(), draft.getServiceMethod(),
                draft.getDurationDays(), skip, trimToNull(draft.getSkipJustification()), draft.getEvidenceReportIds(),
                clock.instant());
        flush(step);
        for (Long reportId : draft.getEvidenceReportIds()) {
            addReport(c, reportId, CaseReport.How.EVIDENCE, actor());
        }
        record(c, actor(), "RESUBMITTED", "Revised and resubmitted: " + stageLabel(step.getStageCode()));
        process.resubmitted(c.getReference());
    }

    /**
     * A supervisor approves (the document is generated and issued at once), returns with comments, or rejects with a
     * reason. Nobody decides on a step they proposed themselves.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void decide(Long stepId, long expectedVersion, Decision decision, String note) {
        EscalationStep step = requireStep(stepId);
        EscalationCase c = requireOpen(caseOf(step).getReference());
        CurrentUser user = users.requireCurrentUser();
        if (step.getStatus() != StepStatus.PROPOSED) {
            throw new ConflictException("This proposal is no longer waiting for a decision: "
                    + step.getStatus().label().toLowerCase(Locale.UK) + ". Reload the case.");
        }
        checkVersion(step, expectedVersion);
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "Choose a decision"));
        } else if (decision != Decision.APPROVE && blank(note)) {
            errors.add(new FieldError("note", decision == Decision.RETURN
                    ? "Say what the caseworker should change" : "Give the reason for rejecting the proposal"));
        }
        if (note != null && note.trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("note", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        if (step.getProposedBy().equals(user.username())) {
            errors.add(new FieldError("decision", "You proposed this step: another supervisor decides it"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String trimmedNote = trimToNull(note);
        String label = stageLabel(step.getStageCode());
        switch (decision) {
            case APPROVE -> {
                step.decide(StepStatus.PROPOSED, trimmedNote, clock.instant(), user.username());
                record(c, user.username(), "APPROVED", "Approved: " + label
                        + (step.isSkip() ? " (the skip of a stage is approved)" : "")
                        + (trimmedNote == null ? "" : " - " + trimmedNote));
            }
            case RETURN -> {
                step.decide(StepStatus.RETURNED, trimmedNote, clock.instant(), user.username());
                record(c, user.username(), "RETURNED", "Returned with comments: " + label + " - " + trimmedNote);
            }
            case REJECT -> {
                step.decide(StepStatus.REJECTED, trimmedNote, clock.instant(), user.username());
                record(c, user.username(), "REJECTED", "Rejected: " + label + " - " + trimmedNote);
            }
        }
        flush(step);
        process.decided(c.getReference(), decision, c.getWaitKind() != WaitKind.NONE);
    }

    /**
     * Generates the approved step's document from its template, stores it with the case, enters it in the letters
     * register, and says what the case waits for now. Called by the process right after the approval.
     */
    @Transactional
    public WaitPlan issue(Long stepId) {
        EscalationStep step = requireStep(stepId);
        EscalationCase c = caseOf(step);
        EscalationStage stage = stage(step.getStageCode());
        LocalDate today = today();
        Instant now = clock.instant();
        int days = Optional.ofNullable(step.getDurationDays()).or(() -> Optional.ofNullable(stage.getDefaultDurationDays()))
                .orElse(watchDays);

        WaitPlan plan = switch (step.getStageCode()) {
            case Ladder.ABA -> {
                LocalDate termEnd = today.plusDays(days);
                LocalDate review = termEnd.minusDays(reviewDaysBefore);
                c.newAba();
                yield new WaitPlan(WaitKind.ABA, review.isBefore(today) ? today : review, termEnd, null, null, false);
            }
            case Ladder.CPW -> new WaitPlan(WaitKind.CPW, null, null, today.plusDays(days), null, false);
            case Ladder.CPN -> new WaitPlan(WaitKind.WATCH, null, today.plusDays(days), null, today.plusDays(days), false);
            case Ladder.ABA_BREACH_LETTER -> c.getWaitKind() == WaitKind.ABA && !c.getTermEnd().isBefore(today)
                    // The agreement stays in force after a breach letter: keep waiting for its review and end.
                    ? new WaitPlan(WaitKind.ABA, c.getReviewDate(), c.getTermEnd(), null, null, c.isAbaReviewed())
                    : new WaitPlan(WaitKind.WATCH, null, c.getTermEnd(), null, today.plusDays(watchDays), false);
            default -> new WaitPlan(WaitKind.WATCH, null, null, null, today.plusDays(watchDays), false);
        };

        Person person = people.person(c.getPersonId()).orElseThrow();
        CurrentUser officer = users.findByUsername(step.getProposedBy()).orElse(null);
        LetterTemplate template = templates.findByStageCode(step.getStageCode())
                .orElseThrow(() -> new IllegalStateException("No letter template for " + step.getStageCode()));
        Map<String, String> values = new HashMap<>();
        values.put("person.name", person.getFullName());
        values.put("person.address", orEmpty(c.getLetterAddress()));
        values.put("person.dateOfBirth", person.getDateOfBirth() == null ? "not known" : LETTER_DATE.format(person.getDateOfBirth()));
        values.put("guardian.name", orEmpty(c.getGuardianName()));
        values.put("guardian.address", orEmpty(c.getGuardianAddress()));
        values.put("conduct", step.getConduct());
        values.put("date", LETTER_DATE.format(today));
        values.put("officer.name", officer == null ? step.getProposedBy() : officer.fullName());
        values.put("officer.agency", officer == null ? "" : officer.agencyName());
        values.put("case.reference", c.getReference());
        values.put("stage.label", stage.getLabel());
        values.put("term.end", plan.termEnd() == null ? "" : LETTER_DATE.format(plan.termEnd()));
        values.put("review.date", plan.reviewDate() == null ? "" : LETTER_DATE.format(plan.reviewDate()));
        values.put("compliance.date", plan.complianceDate() == null ? "" : LETTER_DATE.format(plan.complianceDate()));
        values.put("district.name", referenceData.district().getName());

        record Recipient(String name, String address, EscalationDocument.RecipientRole role) {
        }
        List<Recipient> recipients = new ArrayList<>();
        if (Ladder.LEGAL.equals(step.getStageCode())) {
            recipients.add(new Recipient("Legal Services", "", EscalationDocument.RecipientRole.LEGAL_SERVICES));
        } else {
            recipients.add(new Recipient(person.getFullName(), orEmpty(c.getLetterAddress()),
                    EscalationDocument.RecipientRole.SUBJECT));
            if (c.isYoungPerson() && c.getGuardianName() != null) {
                recipients.add(new Recipient(c.getGuardianName(), orEmpty(c.getGuardianAddress()),
                        EscalationDocument.RecipientRole.GUARDIAN));
            }
        }
        String heading = referenceData.district().getName() + "\nCommunity Safety Unit";
        List<String> issuedTo = new ArrayList<>();
        for (Recipient recipient : recipients) {
            Map<String, String> forRecipient = new HashMap<>(values);
            forRecipient.put("recipient.name", recipient.name());
            forRecipient.put("recipient.address", recipient.address());
            String title = Placeholders.fill(template.getTitle(), forRecipient);
            byte[] pdf = LetterPdf.render(heading, title, Placeholders.fill(template.getBody(), forRecipient));
            String fileName = c.getReference() + "-" + step.getStageCode().toLowerCase(Locale.ROOT).replace('_', '-')
                    + (recipient.role() == EscalationDocument.RecipientRole.GUARDIAN ? "-guardian" : "")
                    + "-" + step.getId() + ".pdf";
            EscalationDocument document = documents.saveAndFlush(new EscalationDocument(c.getId(), step.getId(),
                    step.getStageCode(), title, recipient.name(), recipient.role(), fileName, pdf.length, now,
                    step.getProposedBy(), step.getDecidedBy(), step.getServiceMethod()));
            contents.save(new DocumentContent(document.getId(), pdf));
            issuedTo.add(recipient.role() == EscalationDocument.RecipientRole.GUARDIAN
                    ? "the parent or guardian" : recipient.role() == EscalationDocument.RecipientRole.SUBJECT
                    ? "the person" : recipient.name());
        }
        step.issued(now, today);
        c.stepIssued(step.getStageCode(), plan.kind(), plan.reviewDate(), plan.termEnd(), plan.complianceDate(),
                plan.watchUntil());
        flush(c);
        record(c, actor(), "ISSUED", stage.getLabel() + " issued to " + String.join(" and ", issuedTo)
                + ", " + step.getServiceMethod().label().toLowerCase(Locale.UK) + waitText(plan));
        return plan;
    }

    private static String waitText(WaitPlan plan) {
        return switch (plan.kind()) {
            case ABA -> "; review by " + plan.reviewDate() + ", term ends " + plan.termEnd();
            case CPW -> "; time to comply until " + plan.complianceDate();
            case WATCH -> "; watch period until " + plan.watchUntil();
            case NONE -> "";
        };
    }

    /**
     * Checks a proposal against the ladder and says whether it skips a stage. Throws with every problem at its
     * field; the draft is left as the caseworker typed it.
     */
    private boolean checkProposal(EscalationCase c, ProposalDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        List<EscalationStage> ladder = referenceData.list(ReferenceType.ESCALATION_LADDER);
        Optional<EscalationStage> proposed = ladder.stream()
                .filter(s -> s.getCode().equals(draft.getStageCode())).findFirst();
        if (proposed.isEmpty()) {
            errors.add(new FieldError("stageCode", "Choose the step to propose"));
        }
        if (blank(draft.getConduct())) {
            errors.add(new FieldError("conduct", "Describe the conduct the document is about"));
        } else if (draft.getConduct().trim().length() > EscalationFieldLimits.CONDUCT) {
            errors.add(new FieldError("conduct", "At most " + EscalationFieldLimits.CONDUCT + " characters"));
        }
        if (draft.getServiceMethod() == null) {
            errors.add(new FieldError("serviceMethod", "Choose how the document will be served"));
        }
        if (draft.getDurationDays() != null
                && (draft.getDurationDays() < 1 || draft.getDurationDays() > EscalationFieldLimits.MAX_DURATION_DAYS)) {
            errors.add(new FieldError("durationDays", "Between 1 and " + EscalationFieldLimits.MAX_DURATION_DAYS
                    + " days, or empty for the ladder's default"));
        }
        if (draft.getSkipJustification() != null && draft.getSkipJustification().trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("skipJustification", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        checkEvidence(c, draft.getEvidenceReportIds(), errors);
        if (c.isYoungPerson() && (blank(c.getGuardianName()) || blank(c.getGuardianAddress()))) {
            errors.add(new FieldError("guardianName", "Record the young person's parent or guardian on the case first: "
                    + "their letters go to them too"));
        }
        boolean skip = false;
        if (proposed.isPresent()) {
            skip = checkLadder(c, proposed.get(), ladder, trimToNull(draft.getSkipJustification()), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return skip;
    }

    private void checkEvidence(EscalationCase c, Set<Long> reportIds, List<FieldError> errors) {
        if (reportIds == null || reportIds.isEmpty()) {
            errors.add(new FieldError("evidence", "Choose at least one report as evidence"));
            return;
        }
        for (Long reportId : reportIds) {
            try {
                Report report = reports.requireReadable(reportId);
                boolean involved = c.getPersonId().equals(report.getReporterPersonId())
                        || report.getSubjects().stream().anyMatch(s -> s.getPersonId().equals(c.getPersonId()));
                if (!involved) {
                    errors.add(new FieldError("evidence", "Report " + report.getReference() + " is not about this person"));
                }
            } catch (NotFoundException e) {
                errors.add(new FieldError("evidence", "One of the reports chosen does not exist"));
            }
        }
    }

    /** The ladder's rules; returns whether the proposal skips a stage (allowed only with a justification). */
    private boolean checkLadder(EscalationCase c, EscalationStage proposed, List<EscalationStage> ladder,
                                String justification, List<FieldError> errors) {
        LocalDate today = today();
        String code = proposed.getCode();
        if (Ladder.ABA_BREACH_LETTER.equals(code)) {
            if (!abaInForce(c) || !confirmedBreachUnanswered(c)) {
                errors.add(new FieldError("stageCode", "An ABA breach letter follows a confirmed breach of an ABA in "
                        + "force: report the breach and confirm it first"));
            }
            return false;
        }
        if (Ladder.CPN.equals(code)) {
            Optional<EscalationStep> cpw = steps.findFirstByCaseIdAndStageCodeAndStatusOrderByIssuedAtDesc(c.getId(),
                    Ladder.CPW, StepStatus.ISSUED);
            boolean passed = cpw.isPresent() && c.getComplianceDate() != null
                    && (c.isCompliancePassed() || c.getComplianceDate().isBefore(today));
            if (passed) {
                return false;
            }
            if (justification == null) {
                errors.add(new FieldError("stageCode", cpw.isEmpty()
                        ? "A Community Protection Notice can only follow a Community Protection Warning whose time to "
                        + "comply has passed, and no warning has been issued on this case. To go straight to a notice, "
                        + "give a justification for skipping the warning (for example a risk of harm) for the "
                        + "supervisor to approve."
                        : "A Community Protection Notice can only follow a Community Protection Warning whose time to "
                        + "comply has passed: the warning issued on " + LETTER_DATE.format(cpw.get().getIssuedOn())
                        + " gives until " + LETTER_DATE.format(c.getComplianceDate()) + ". To propose a notice "
                        + "before then, give a justification (for example a risk of harm) for the supervisor to approve."));
                errors.add(new FieldError("skipJustification", "Required to propose a notice before a warning's time "
                        + "to comply has passed"));
            }
            return true;
        }
        int current = Optional.ofNullable(c.getLadderStageCode()).flatMap(this::findStage)
                .map(EscalationStage::getStageOrder).orElse(0);
        List<String> skipped = ladder.stream()
                .filter(s -> s.getStageOrder() > current && s.getStageOrder() < proposed.getStageOrder())
                .filter(s -> !Ladder.ABA_BREACH_LETTER.equals(s.getCode()))
                .map(EscalationStage::getLabel).toList();
        if (skipped.isEmpty()) {
            return false;
        }
        if (justification == null) {
            errors.add(new FieldError("stageCode", "Proposing " + article(proposed.getLabel()) + " skips "
                    + String.join(" and ", skipped) + ". A stage may be skipped only with a justification (for "
                    + "example a risk of harm) that the supervisor approves."));
            errors.add(new FieldError("skipJustification", "Give the justification for skipping "
                    + String.join(" and ", skipped)));
        }
        return true;
    }

    private boolean abaInForce(EscalationCase c) {
        return c.getWaitKind() == WaitKind.ABA && c.getTermEnd() != null && !c.getTermEnd().isBefore(today());
    }

    private boolean confirmedBreachUnanswered(EscalationCase c) {
        Optional<Breach> confirmed = breaches.findFirstByCaseIdAndStatusOrderByReportedAtDesc(c.getId(),
                Breach.Status.CONFIRMED);
        if (confirmed.isEmpty()) {
            return false;
        }
        return steps.findFirstByCaseIdAndStageCodeAndStatusOrderByIssuedAtDesc(c.getId(), Ladder.ABA_BREACH_LETTER,
                        StepStatus.ISSUED)
                .map(letter -> letter.getIssuedAt().isBefore(confirmed.get().getDecidedAt()))
                .orElse(true);
    }

    // --- While the case waits -------------------------------------------------------------------------------------

    /** A report was logged: each open case about one of its alleged perpetrators hears of it. */
    @Transactional
    public void reportLogged(ReportLogged logged) {
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
            addReport(c, logged.reportId(), CaseReport.How.FURTHER_REPORT, "system");
            boolean waiting = process.canReceive(c.getReference(), MESSAGE_FURTHER_REPORT);
            record(c, "system", "FURTHER_REPORT", "Further report " + logged.reference() + " about the person"
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
        EscalationCase c = requireOpen(reference);
        if (!process.isWaitingAt(reference, CONSIDER_FURTHER_REPORT)) {
            throw ValidationException.of("note", "No further report is waiting to be considered");
        }
        if (!escalate && blank(note)) {
            throw ValidationException.of("note", "Say why the case keeps watching without escalating");
        }
        record(c, actor(), "FURTHER_REPORT_CONSIDERED", (escalate ? "Further report considered: the next step will be "
                + "proposed" : "Further report considered: keep watching") + (blank(note) ? "" : " - " + note.trim()));
        process.completeTask(reference, CONSIDER_FURTHER_REPORT, Map.of(VAR_ESCALATE, escalate));
    }

    /** Anyone who may see the case (partners included) reports a breach; a caseworker then confirms or dismisses it. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public void reportBreach(String reference, String description, String reportReference) {
        EscalationCase c = requireOpen(reference);
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
        breaches.save(new Breach(c.getId(), description.trim(), reportId, clock.instant(), actor()));
        if (reportId != null) {
            addReport(c, reportId, CaseReport.How.BREACH, actor());
        }
        record(c, actor(), "BREACH_REPORTED", "Breach reported: " + description.trim());
        process.breachReported(reference);
    }

    /** A caseworker confirms the reported breach (the next step can then be proposed) or dismisses it. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void confirmBreach(String reference, boolean confirmed, String note) {
        EscalationCase c = requireOpen(reference);
        Breach breach = breaches.findFirstByCaseIdAndStatusOrderByReportedAtDesc(c.getId(), Breach.Status.REPORTED)
                .filter(b -> process.isWaitingAt(reference, CONFIRM_BREACH))
                .orElseThrow(() -> ValidationException.of("breachNote", "No reported breach is waiting for confirmation"));
        if (!confirmed && blank(note)) {
            throw ValidationException.of("breachNote", "Say why the breach is not confirmed");
        }
        breach.decide(confirmed, trimToNull(note), clock.instant(), actor());
        record(c, actor(), confirmed ? "BREACH_CONFIRMED" : "BREACH_DISMISSED",
                (confirmed ? "Breach confirmed" : "Breach not confirmed") + (blank(note) ? "" : ": " + note.trim()));
        process.completeTask(reference, CONFIRM_BREACH, Map.of(VAR_BREACH_CONFIRMED, confirmed));
    }

    /** The review of an ABA before its term ends: recorded, then the case waits for the end of the term. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void reviewAba(String reference, String outcome) {
        EscalationCase c = requireOpen(reference);
        if (!process.isWaitingAt(reference, REVIEW_ABA)) {
            throw ValidationException.of("reviewNote", "No ABA review is due on this case");
        }
        if (blank(outcome)) {
            throw ValidationException.of("reviewNote", "Record the outcome of the review");
        }
        c.abaReviewed();
        flush(c);
        record(c, actor(), "ABA_REVIEWED", "ABA reviewed: " + outcome.trim());
        process.completeTask(reference, REVIEW_ABA, Map.of(VAR_ABA_REVIEWED, true));
    }

    /** Called by the process when a wait is over: the term ended, the time to comply passed, the watch ended. */
    @Transactional
    public void waitOver(Long caseId, String activityId) {
        EscalationCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("No such case"));
        switch (activityId) {
            case RECORD_ABA_TERM_ENDED -> record(c, "system", "ABA_TERM_ENDED", "The ABA's term ended on "
                    + c.getTermEnd() + ": close the case or propose the next step");
            case RECORD_TIME_TO_COMPLY_PASSED -> {
                c.compliancePassed();
                record(c, "system", "TIME_TO_COMPLY_PASSED", "The CPW's time to comply passed on "
                        + c.getComplianceDate() + ": a Community Protection Notice may now be proposed, or the case closed");
            }
            case RECORD_WATCH_ENDED -> record(c, "system", "WATCH_ENDED", "The watch period ended on "
                    + c.getWatchUntil() + ": close the case or propose the next step");
            default -> throw new IllegalArgumentException("Not a milestone of the escalation process: " + activityId);
        }
        c.waitOver();
        flush(c);
    }

    /**
     * De-escalation: the person's behaviour has improved, so they stand lower on the ladder (or off it), with the
     * reason. What was waited for ends and a watch period starts.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void deEscalate(String reference, long expectedVersion, String toStageCode, String reason) {
        EscalationCase c = requireOpen(reference);
        checkVersion(c, expectedVersion);
        List<FieldError> errors = new ArrayList<>();
        int current = Optional.ofNullable(c.getLadderStageCode()).flatMap(this::findStage)
                .map(EscalationStage::getStageOrder).orElse(0);
        Optional<EscalationStage> target = findStage(toStageCode);
        if (current == 0) {
            errors.add(new FieldError("deEscalateTo", "Nothing has been issued on this case yet"));
        } else if (toStageCode != null && (target.isEmpty() || target.get().getStageOrder() >= current)) {
            errors.add(new FieldError("deEscalateTo", "Choose a stage below " + stageLabel(c.getLadderStageCode())
                    + ", or none"));
        }
        if (blank(reason)) {
            errors.add(new FieldError("deEscalateReason", "Give the reason for de-escalating"));
        } else if (reason.trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("deEscalateReason", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        if (errors.isEmpty() && !process.canReceive(reference, MESSAGE_DE_ESCALATED)) {
            errors.add(new FieldError("deEscalateReason", "De-escalation is recorded while the case waits after an "
                    + "issue; finish the step in hand first"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String from = stageLabel(c.getLadderStageCode());
        WaitPlan plan = new WaitPlan(WaitKind.WATCH, null, null, null, today().plusDays(watchDays), false);
        c.deEscalate(toStageCode, plan.watchUntil());
        flush(c);
        record(c, actor(), "DE_ESCALATED", "De-escalated from " + from + " to "
                + (toStageCode == null ? "no stage" : stageLabel(toStageCode)) + ": " + reason.trim()
                + "; watch period until " + plan.watchUntil());
        process.deEscalated(reference, plan);
    }

    /** Closes the case with a reason, wherever it stands; a proposal still waiting is withdrawn. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void close(String reference, long expectedVersion, String reason) {
        EscalationCase c = requireOpen(reference);
        checkVersion(c, expectedVersion);
        if (blank(reason)) {
            throw ValidationException.of("closeReason", "Give the reason for closing the case");
        }
        if (reason.trim().length() > EscalationFieldLimits.NOTE) {
            throw ValidationException.of("closeReason", "At most " + EscalationFieldLimits.NOTE + " characters");
        }
        steps.findPending(c.getId(), List.of(StepStatus.PROPOSED, StepStatus.RETURNED))
                .ifPresent(EscalationStep::withdraw);
        c.close(reason.trim(), clock.instant(), actor());
        flush(c);
        record(c, actor(), "CLOSED", "Case closed: " + reason.trim());
        process.closed(reference);
    }

    // --- Reading --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public CaseDetails details(String reference) {
        EscalationCase c = requireReadable(reference);
        audit.viewed(AuditRecordType.ESCALATION_CASE, c.getReference());
        Person person = people.person(c.getPersonId()).orElseThrow();
        Map<String, EscalationStage> stages = stagesByCode();
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
        Set<String> issuedCodes = caseSteps.stream().filter(s -> s.getStatus() == StepStatus.ISSUED)
                .map(EscalationStep::getStageCode).collect(Collectors.toSet());
        List<CaseDetails.Rung> ladder = stages.values().stream()
                .sorted(Comparator.comparing(EscalationStage::getStageOrder))
                .map(s -> new CaseDetails.Rung(s.getStageOrder(), s.getCode(), s.getLabel(),
                        s.getCode().equals(c.getLadderStageCode()) ? "Current stage"
                                : pending != null && pending.stageCode().equals(s.getCode()) ? "Proposed"
                                : issuedCodes.contains(s.getCode()) ? "Issued earlier" : "Not reached"))
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
        return new CaseDetails(c.getId(), c.getReference(), c.getVersion(), c.getStatus(), person.getId(),
                person.getFullName(), person.getDateOfBirth(), c.getLetterAddress(), c.isYoungPerson(),
                c.getGuardianName(), c.getGuardianAddress(), c.getCaseworker(), c.getLadderStageCode(), ladder,
                c.getWaitKind(), c.getReviewDate(), c.getTermEnd(), c.getComplianceDate(), c.isCompliancePassed(),
                c.isAbaReviewed(), c.getWatchUntil(), next.text(), next.date(), pending, stepViews,
                documents.findByCaseIdOrderByIssuedAtAscIdAsc(c.getId()).stream().map(d -> documentView(d, c)).toList(),
                breachViews, evidence,
                shares.findByCaseIdOrderBySharedAt(c.getId()).stream()
                        .map(s -> new CaseDetails.Share(s.getAgencyCode(), s.getReason(), s.getSharedAt(), s.getSharedBy()))
                        .toList(),
                events.entriesOldestFirst(CaseRef.escalationCase(c.getId())).stream()
                        .map(e -> new CaseDetails.Event(e.at(), e.actor(), e.code(), e.text()))
                        .toList(),
                openTasks, processSteps, c.getClosedAt(), c.getClosedBy(), c.getClosureReason());
    }

    private static CaseDetails.ProcessStep processStep(HistoricActivityInstance a) {
        return new CaseDetails.ProcessStep(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant());
    }

    /** The open cases the user may see, oldest first, each with what it waits for next; optionally only theirs. */
    @Transactional(readOnly = true)
    public List<CaseSummary> openCases(boolean onlyMine) {
        CurrentUser user = users.requireCurrentUser();
        List<EscalationCase> found = isCsu(user)
                ? cases.findByStatus(CaseStatus.OPEN, PageRequest.of(0, LIST_LIMIT))
                : user.has(Role.PARTNER)
                ? cases.findSharedWith(user.agencyCode(), CaseStatus.OPEN, PageRequest.of(0, LIST_LIMIT))
                : List.of();
        Map<String, EscalationStage> stages = stagesByCode();
        Map<Long, StepStatus> pending = new HashMap<>();
        for (StepStatus status : List.of(StepStatus.PROPOSED, StepStatus.RETURNED)) {
            steps.findByStatusOrderBySubmittedAtAscIdAsc(status, PageRequest.of(0, LIST_LIMIT * 2))
                    .forEach(s -> pending.put(s.getCaseId(), s.getStatus()));
        }
        return found.stream()
                .filter(c -> !onlyMine || user.username().equals(c.getCaseworker()))
                .map(c -> {
                    Next next = next(c, pending.get(c.getId()), null);
                    return new CaseSummary(c.getId(), c.getReference(), personName(c.getPersonId()), c.getStatus(),
                            Optional.ofNullable(c.getLadderStageCode()).map(stages::get).map(EscalationStage::getLabel)
                                    .orElse("Nothing issued yet"),
                            c.getCaseworker(), next.text(), next.date());
                })
                .sorted(Comparator.comparing(CaseSummary::nextDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The supervisors' escalation queue: every proposal awaiting a decision, oldest first, with its age. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        Instant now = clock.instant();
        Map<String, EscalationStage> stages = stagesByCode();
        Map<Long, EscalationCase> byId = new HashMap<>();
        return steps.findByStatusOrderBySubmittedAtAscIdAsc(StepStatus.PROPOSED, PageRequest.of(0, LIST_LIMIT)).stream()
                .map(s -> {
                    EscalationCase c = byId.computeIfAbsent(s.getCaseId(), id -> cases.findById(id).orElseThrow());
                    return new QueueItem(s.getId(), c.getReference(), personName(c.getPersonId()), s.getStageCode(),
                            Optional.ofNullable(stages.get(s.getStageCode())).map(EscalationStage::getLabel)
                                    .orElse(s.getStageCode()),
                            s.isSkip(), s.getProposedBy(), s.getSubmittedAt(), s.getSubmissions(),
                            Duration.between(s.getSubmittedAt(), now));
                })
                .toList();
    }

    /** The letters register for a period (both days inclusive), newest first, limited to cases the user may see. */
    @Transactional(readOnly = true)
    public List<DocumentView> lettersRegister(LocalDate from, LocalDate to) {
        CurrentUser user = users.requireCurrentUser();
        Instant start = from.atStartOfDay(CaseProcess.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CaseProcess.ZONE).toInstant();
        Map<Long, Optional<EscalationCase>> visible = new HashMap<>();
        return documents.issuedBetween(start, end, PageRequest.of(0, LIST_LIMIT * 4)).stream()
                .map(d -> visible.computeIfAbsent(d.getCaseId(), id -> cases.findById(id)
                                .filter(c -> canRead(user, c)))
                        .map(c -> documentView(d, c)).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** A document's PDF for someone who may see its case; the download is recorded on the case's timeline. */
    @Transactional
    public DocumentFile document(Long documentId) {
        EscalationDocument document = documents.findById(documentId)
                .orElseThrow(() -> new NotFoundException("No such document"));
        EscalationCase c = cases.findById(document.getCaseId())
                .orElseThrow(() -> new NotFoundException("No such document"));
        if (!canRead(users.requireCurrentUser(), c)) {
            audit.refused(AuditRecordType.LETTER, documentId, "Case " + c.getReference() + " is not shared");
            throw new NotFoundException("No such document");
        }
        audit.viewed(AuditRecordType.LETTER, documentId);
        byte[] content = contents.findById(documentId).map(DocumentContent::getContent)
                .orElseThrow(() -> new NotFoundException("No such document"));
        record(c, actor(), "DOCUMENT_DOWNLOADED", "Downloaded " + document.getFileName());
        return new DocumentFile(document.getFileName(), content);
    }

    /** Reports about the case's person the user may see: the candidates for a proposal's evidence. */
    @Transactional(readOnly = true)
    public List<ReportSummary> reportsAboutPerson(String reference) {
        return reports.historyOfPerson(requireReadable(reference).getPersonId());
    }

    /** The people involved in a report, for choosing whom a new case is about. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
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
        return referenceData.activeAgencies().stream().collect(Collectors.toMap(a -> a.getCode(), a -> a.getName(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The ladder's stages, in order (from the reference data). */
    @Transactional(readOnly = true)
    public List<EscalationStage> stages() {
        return referenceData.list(ReferenceType.ESCALATION_LADDER);
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
            case NONE -> new Next("Propose the next step or close the case", null);
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
                s.getDecidedAt(), s.getDecisionNote(), s.getIssuedOn(), s.getVersion());
    }

    private static DocumentView documentView(EscalationDocument d, EscalationCase c) {
        return new DocumentView(d.getId(), c.getReference(), d.getStageCode(), d.getTitle(), d.getRecipientName(),
                switch (d.getRecipientRole()) {
                    case SUBJECT -> "The person";
                    case GUARDIAN -> "Parent or guardian";
                    case LEGAL_SERVICES -> "Legal services";
                }, d.getFileName(), d.getSizeBytes(), d.getIssuedAt(), d.getIssuedBy(), d.getApprovedBy(),
                d.getServiceMethod());
    }

    private static String howLabel(CaseReport.How how) {
        return switch (how) {
            case REFERRAL -> "Referred by the daily tasking";
            case EVIDENCE -> "Evidence";
            case FURTHER_REPORT -> "Further report while open";
            case BREACH -> "Report of a breach";
        };
    }

    private boolean isYoung(Person person) {
        return person.getDateOfBirth() != null && Period.between(person.getDateOfBirth(), today()).getYears() < 18;
    }

    private static boolean isCsu(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN);
    }

    /**
     * CSU caseworkers, supervisors and administrators see every case; a partner officer only those shared with their
     * agency. Analysts see the figures, not the cases: they do not need a person's letters for their work.
     */
    private boolean canRead(CurrentUser user, EscalationCase c) {
        return isCsu(user) || (user.has(Role.PARTNER) && shares.existsByCaseIdAndAgencyCode(c.getId(), user.agencyCode()));
    }

    /** The case if the user may see it; otherwise "not found", exactly like a case that does not exist. */
    private EscalationCase requireReadable(String reference) {
        CurrentUser user = users.requireCurrentUser();
        Optional<EscalationCase> found = cases.findByReference(reference == null ? "" : reference.trim());
        if (found.isPresent() && !canRead(user, found.get())) {
            audit.refused(AuditRecordType.ESCALATION_CASE, found.get().getReference(), "Not shared with "
                    + user.agencyCode());
        }
        return found.filter(c -> canRead(user, c))
                .orElseThrow(() -> new NotFoundException("No escalation case " + reference));
    }

    /** The id of a case the signed-in user may see (for its history and documents); otherwise "not found". */
    @Transactional(readOnly = true)
    Long visibleCaseId(String reference) {
        return requireReadable(reference).getId();
    }

    private EscalationCase requireOpen(String reference) {
        EscalationCase c = requireReadable(reference);
        if (!c.isOpen()) {
            throw ValidationException.of("case", "Case " + c.getReference() + " is closed");
        }
        return c;
    }

    private EscalationStep requireStep(Long stepId) {
        EscalationStep step = steps.findById(stepId).orElseThrow(() -> new NotFoundException("No such proposal"));
        if (users.currentUser().isPresent()) {
            requireReadable(caseOf(step).getReference());
        }
        return step;
    }

    private EscalationCase caseOf(EscalationStep step) {
        return cases.findById(step.getCaseId()).orElseThrow(() -> new NotFoundException("No such case"));
    }

    private void addReport(EscalationCase c, Long reportId, CaseReport.How how, String actor) {
        if (!caseReports.existsByCaseIdAndReportId(c.getId(), reportId)) {
            caseReports.save(new CaseReport(c.getId(), reportId, how, clock.instant(), actor));
        }
    }

    private void record(EscalationCase c, String actor, String kind, String detail) {
        events.record(CaseRef.escalationCase(c.getId()), actor, kind, detail);
        // Every change to a case is on its timeline; the audit trail gets the kind of change, not the free text.
        audit.changed(AuditRecordType.ESCALATION_CASE, c.getReference(), kind);
    }

    private void checkVersion(EscalationCase c, long expected) {
        if (c.getVersion() != expected) {
            throw new ConflictException("Someone else changed case " + c.getReference()
                    + " while you were working on it. Reload it and try again.");
        }
    }

    private void checkVersion(EscalationStep s, long expected) {
        if (s.getVersion() != expected) {
            throw new ConflictException("Someone else changed this proposal while you were working on it. "
                    + "Reload the case and try again.");
        }
    }

    private void flush(Object entity) {
        try {
            cases.flush();
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed this case while you were working on it. "
                    + "Reload it and try again.");
        }
    }

    private Map<String, EscalationStage> stagesByCode() {
        return referenceData.list(ReferenceType.ESCALATION_LADDER).stream()
                .collect(Collectors.toMap(EscalationStage::getCode, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private Optional<EscalationStage> findStage(String code) {
        return referenceData.findByCode(ReferenceType.ESCALATION_LADDER, code);
    }

    private EscalationStage stage(String code) {
        return findStage(code).orElseThrow(() -> new IllegalStateException("No ladder stage " + code));
    }

    private String stageLabel(String code) {
        return code == null ? "no stage" : findStage(code).map(EscalationStage::getLabel).orElse(code);
    }

    private String personName(Long personId) {
        return people.person(personId).map(Person::getFullName).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CaseProcess.ZONE));
    }

    private String actor() {
        return users.currentUser().map(CurrentUser::username).orElse("system");
    }

    private static String article(String label) {
        return ("aeiouAEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimToNull(String value) {
        return blank(value) ? null : value.trim();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
