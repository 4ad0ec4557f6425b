package org.csucasework.casereview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.task.Task;
import org.csucasework.actions.ActionOwner;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.casehistory.HistoryItem;
import org.csucasework.casereview.internal.AgencyInformationRepository;
import org.csucasework.casereview.internal.CaseReviewRepository;
import org.csucasework.casereview.process.CaseReviewProcess;
import org.csucasework.intake.ReportService;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review once the threshold is met: its meeting and the agencies invited, what each agency brought, the
 * recommendations (worked as actions by the tasking module), the outcome told to the applicant, and the local
 * escalation when the applicant is not satisfied. Also the review's page and the coordinators' queue.
 */
@Service
@RequiredArgsConstructor
public class CaseReviewWork {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final CaseReviewService applications;
    private final CaseReviewRepository reviews;
    private final AgencyInformationRepository information;
    private final CaseHistory history;
    private final CaseReviewProcess process;
    private final CaseReviewSettings settings;
    private final ActionService actions;
    private final ReferenceDataService referenceData;
    private final PeopleService people;
    private final AuditTrail audit;
    private final Clock clock;

    /** The meeting date and the agencies invited (codes of active agencies). */
    @PreAuthorize(CaseReviewService.COORDINATOR)
    @Transactional
    public void planReview(String reference, LocalDate meetingDate, List<String> agencyCodes) {
        CaseReview review = applications.requireCoordinated(reference);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ReportService.ZONE));
        if (meetingDate == null) {
            errors.add(new FieldError("meetingDate", "Enter the date of the review meeting"));
        } else if (meetingDate.isBefore(review.getAppliedOn()) || meetingDate.isAfter(today.plusYears(1))) {
            errors.add(new FieldError("meetingDate", "The meeting is between the application ("
                    + DAY.format(review.getAppliedOn()) + ") and a year from today"));
        }
        List<String> codes = agencyCodes == null ? List.of() : agencyCodes;
        if (codes.isEmpty()) {
            errors.add(new FieldError("agencies", "Choose the agencies invited to the review"));
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || referenceData.agency(code).filter(Agency::isActive).isEmpty()) {
                errors.add(new FieldError("agencies[" + i + "]", "Unknown agency " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        review.planReview(meetingDate, String.join(",", codes.stream().distinct().toList()));
        reviews.flush();
        applications.event(review.getId(), applications.actor(), "REVIEW_PLANNED", "Review meeting on "
                + DAY.format(meetingDate) + " with " + codes.stream().distinct().map(this::agencyName)
                .collect(Collectors.joining(", ")));
    }

    /** What one agency brought to the review. */
    @PreAuthorize(CaseReviewService.COORDINATOR)
    @Transactional
    public void addInformation(String reference, String agencyCode, String text) {
        CaseReview review = applications.requireCoordinated(reference);
        requireReviewStage(review, "information", "Information is gathered for the review, once the threshold is "
                + "met and before the outcome");
        List<FieldError> errors = new ArrayList<>();
        if (agencyCode == null || referenceData.agency(agencyCode).isEmpty()) {
            errors.add(new FieldError("agencyCode", "Choose the agency"));
        } else if (!invited(review).contains(agencyCode)) {
            // What an agency brings is recorded against the review it was invited to, never another's.
            errors.add(new FieldError("agencyCode", agencyName(agencyCode) + " was not invited to the review: "
                    + "record the meeting with the agencies invited first"));
        }
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("information", "Enter what the agency brought to the review"));
        } else {
            ApplicationCheck.limit(text, CaseReviewFieldLimits.INFORMATION, "information", errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        information.save(new AgencyInformation(review.getId(), agencyCode, text.trim(), clock.instant(),
                applications.actor()));
        applications.event(review.getId(), applications.actor(), "INFORMATION", "Information from "
                + agencyName(agencyCode) + " recorded");
    }

    /** A recommendation of the review, assigned as an action to an agency and worked like every action. */
    @PreAuthorize(CaseReviewService.COORDINATOR)
    @Transactional
    public ActionView recommend(String reference, NewAction action) {
        CaseReview review = applications.requireCoordinated(reference);
        review.recommendationMade();
        reviews.flush();
        ActionView assigned = actions.assign(ActionOwner.caseReview(review.getId(), review.getReference()), action, "");
        applications.event(review.getId(), applications.actor(), "ACTION_ASSIGNED", "Recommendation for "
                + agencyName(action.agencyCode()) + " due " + DAY.format(action.dueDate()) + ": "
                + action.description().trim());
        return assigned;
    }

    /** The review was held: its outcome, which the applicant is then told (the process's next step). */
    @PreAuthorize(CaseReviewService.COORDINATOR)
    @Transactional
    public void recordOutcome(String reference, String outcome, long expectedVersion) {
        CaseReview review = applications.requireCoordinated(reference);
        CaseReviewService.checkVersion(review, expectedVersion);
        if (review.getMeetingDate() == null) {
            throw ValidationException.of("meetingDate", "Record the review meeting (date and agencies) first");
        }
        if (outcome == null || outcome.isBlank()) {
            throw ValidationException.of("outcome", "Enter the review's outcome as the applicant will be told it");
        }
        CaseReviewService.checkText(outcome, CaseReviewFieldLimits.DESCRIPTION, "outcome");
        Instant now = clock.instant();
        review.reviewHeld(outcome.trim(), now);
        reviews.flush();
        applications.event(review.getId(), applications.actor(), "REVIEW_HELD", "Review held; "
                + review.getRecommendations() + " recommendation(s)");
        audit.changed(AuditRecordType.CASE_REVIEW, reference, "Review outcome");
        LocalDate lastDay = now.atZone(ReportService.ZONE).toLocalDate().plus(settings.escalationWindow());
        process.reviewHeld(reference, CaseReviewService.endOfDay(lastDay));
    }

    /** The "tell the applicant the outcome" step. */
    @Transactional
    public void outcomeTold(Long caseReviewId) {
        CaseReview review = applications.load(caseReviewId);
        review.outcomeTold(clock.instant());
        applications.event(review.getId(), applications.actor(), CaseReviewService.LETTER_OUTCOME, "Outcome letter sent to the applicant");
    }

    /** The applicant's answer to the outcome: satisfied, or asking for the local escalation (with their reason). */
    @PreAuthorize(CaseReviewService.COORDINATOR)
    @Transactional
    public void recordResponse(String reference, Boolean asked, String reason) {
        CaseReview review = applications.requireCoordinated(reference);
        boolean escalationRequested = CaseReviewService.answered(asked, "escalationRequested",
                "Say whether the applicant asks for the escalation (true or false)");
        if (escalationRequested) {
            if (reason == null || reason.isBlank()) {
                throw ValidationException.of("reason", "Say why the applicant is not satisfied");
            }
            CaseReviewService.checkText(reason, CaseReviewFieldLimits.REASON, "reason");
            review.escalationRequested(reason.trim(), clock.instant());
        } else {
            review.closeWithoutEscalation(clock.instant());
        }
        reviews.flush();
        applications.event(review.getId(), applications.actor(), escalationRequested ? "ESCALATION_REQUESTED" : "CLOSED",
                escalationRequested ? "The applicant asked for the escalation to " + settings.escalationRoute() + ": "
                        + reason.trim()
                        : "The applicant did not ask for the escalation; review closed");
        process.responded(reference, escalationRequested);
    }

    /** The escalation's result, as the escalation route (e.g. the Police and Crime Commissioner's office) gave it. */
    @PreAuthorize(CaseReviewService.COORDINATOR)
    @Transactional
    public void recordEscalationResult(String reference, String result) {
        CaseReview review = applications.requireCoordinated(reference);
        if (result == null || result.isBlank()) {
            throw ValidationException.of("result", "Enter the escalation's result");
        }
        CaseReviewService.checkText(result, CaseReviewFieldLimits.REASON, "result");
        review.escalationConcluded(result.trim(), clock.instant());
        reviews.flush();
        applications.event(review.getId(), applications.actor(), "ESCALATION_CONCLUDED", "Escalation concluded: "
                + result.trim());
        process.escalationConcluded(reference);
    }

    /** The time to ask for the escalation passed (the process's timer). */
    @Transactional
    public void closeUnescalated(Long caseReviewId) {
        CaseReview review = applications.load(caseReviewId);
        if (review.getStatus() == CaseReviewStatus.OUTCOME_TOLD) {
            review.closeWithoutEscalation(clock.instant());
            applications.event(review.getId(), "system", "CLOSED", "No escalation asked for in time; review closed");
        }
    }

    // Reading

    @Transactional(readOnly = true)
    public CaseReviewDetails details(String reference) {
        CaseReview r = applications.requireReadable(reference);
        audit.viewed(AuditRecordType.CASE_REVIEW, reference);
        QualifyingComplaints.Test test = applications.complaintsOf(r);
        List<String> invited = invited(r);
        List<CaseReviewDetails.Information> info = information.findByCaseReviewIdOrderById(r.getId()).stream()
                .map(i -> new CaseReviewDetails.Information(i.getAgencyCode(), agencyName(i.getAgencyCode()),
                        i.getInformation(), i.getRecordedAt(), i.getRecordedBy()))
                .toList();
        // The review was checked readable above: its one history, newest first, with notes and contacts.
        List<HistoryItem> entries = history.entriesOf(CaseRef.caseReview(r.getId()));
        String victimName = r.getVictimPersonId() == null ? null
                : people.person(r.getVictimPersonId()).map(Person::getFullName).orElse(null);
        return new CaseReviewDetails(r.getId(), r.getReference(), r.getStatus(), r.getApplicantKind(),
                r.getApplicantName(), r.getApplicantPhone(), r.getApplicantEmail(), r.getApplicantAddress(),
                r.getApplicantPersonId(), victimName, r.isConsentRecorded(), r.getConsentNote(), r.getDescription(),
                r.getAppliedOn(), r.getDecisionDue(), applications.rule().describe(), test.qualifying(),
                test.differentPeople(), test.met(), r.getThresholdMet(), r.getDecisionReason(), r.getDecidedAt(),
                r.getDecidedBy(), r.getDecisionToldAt(), r.getMeetingDate(), invited, info,
                actions.actionsOf(ActionOwner.caseReview(r.getId(), r.getReference())), r.getReviewHeldAt(),
                r.getOutcome(), r.getOutcomeToldAt(), r.getEscalationRequestedAt(), r.getEscalationReason(),
                r.getEscalationResult(), r.getClosedAt(), test.complaints(), openSteps(reference), entries,
                r.getVersion());
    }

    /**
     * The coordinators' open steps, oldest first, for their queue and the work list: each with the review it is
     * on and when it is due.
     */
    @Transactional(readOnly = true)
    public List<CaseReviewSummary> coordinatorQueue() {
        applications.requireStaff();
        List<Task> tasks = process.coordinatorTasks();
        Map<String, CaseReview> byReference = reviews.findByStatusInOrderByAppliedOnAscIdAsc(
                        List.of(CaseReviewStatus.AWAITING_DECISION, CaseReviewStatus.AWAITING_REVIEW,
                                CaseReviewStatus.OUTCOME_TOLD, CaseReviewStatus.ESCALATED),
                        org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                .collect(Collectors.toMap(CaseReview::getReference, Function.identity()));
        List<CaseReviewSummary> queue = new ArrayList<>();
        for (Task task : tasks) {
            String reference = businessKey(task);
            CaseReview review = byReference.get(reference);
            if (review != null) {
                queue.add(new CaseReviewSummary(review.getReference(), review.getStatus(), review.getApplicantKind(),
                        review.getAppliedOn(), review.getDecisionDue(), review.getThresholdMet(), task.getName()));
            }
        }
        queue.sort(Comparator.comparing(CaseReviewSummary::appliedOn));
        return queue;
    }

    /** The active agencies by code with their names, for the review's forms (agencies invited, recommendations). */
    @Transactional(readOnly = true)
    public Map<String, String> agencyChoices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        referenceData.activeAgencies().forEach(a -> choices.put(a.getCode(), a.getName()));
        return choices;
    }

    private static void requireReviewStage(CaseReview review, String field, String message) {
        if (review.getStatus() != CaseReviewStatus.AWAITING_REVIEW) {
            throw ValidationException.of(field, message);
        }
    }

    private static List<String> invited(CaseReview r) {
        return r.getAgenciesInvited() == null ? List.of()
                : Arrays.stream(r.getAgenciesInvited().split(",")).filter(s -> !s.isBlank()).toList();
    }

    private List<CaseReviewDetails.OpenStep> openSteps(String reference) {
        return process.openTasks(reference).stream()
                .map(t -> new CaseReviewDetails.OpenStep(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                        t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
    }

    private String businessKey(Task task) {
        return process.businessKeyOf(task);
    }

    private String agencyName(String code) {
        return referenceData.agency(code).map(Agency::getName).orElse(code);
    }
}
