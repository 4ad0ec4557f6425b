package org.csucasework.casereview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.casereview.internal.CaseReviewRepository;
import org.csucasework.casereview.internal.ComplaintRepository;
import org.csucasework.casereview.process.CaseReviewProcess;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportService;
import org.csucasework.notifications.NotificationRequested;
import org.csucasework.people.PeopleService;
import org.csucasework.reference.WorkingDays;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applications for an ASB Case Review and the threshold decision (DESIGN.md 4.5). CSU caseworkers and supervisors
 * enter applications (the council's web form posts as such an account); supervisors are the coordinators who decide
 * (decision record 0022). The review, outcome and escalation are {@link CaseReviewWork}.
 */
@Service
public class CaseReviewService {

    /** References look like CR-2026-0001: the year applied and a number unique across years. */
    static final String REFERENCE_FORMAT = "CR-%d-%04d";
    /**
     * Who may take a coordinator's step, checked before the service runs; the object-level check (the review exists and
     * may be seen) follows in {@link #requireCoordinated}, which also audits a refusal.
     */
    public static final String COORDINATOR = "hasRole('" + Role.SUPERVISOR_NAME + "')";
    /** Who may enter applications (CSU staff; the council's web form posts as such an account). */
    public static final String STAFF = "hasAnyRole('" + Role.CASEWORKER_NAME + "', '" + Role.SUPERVISOR_NAME + "')";
    /** The notification kind of the decision reminder. */
    public static final String DECISION_DUE_SOON = "CASE_REVIEW_DECISION_DUE";
    /** History codes of the letters sent to the applicant (entries of kind LETTER). */
    public static final String LETTER_DECISION = "LETTER_DECISION";
    public static final String LETTER_OUTCOME = "LETTER_OUTCOME";

    private final CaseReviewRepository reviews;
    private final ComplaintRepository complaints;
    private final CaseHistory history;
    private final ApplicationCheck check;
    private final QualifyingComplaints qualifying;
    private final CaseReviewProcess process;
    private final CaseReviewSettings settings;
    private final PeopleService people;
    private final UserService users;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher publisher;
    private final WorkingDays workingDays;
    private final Clock clock;

    CaseReviewService(CaseReviewRepository reviews, ComplaintRepository complaints, CaseHistory history,
                      ApplicationCheck check, QualifyingComplaints qualifying, CaseReviewProcess process,
                      CaseReviewSettings settings, PeopleService people, UserService users, AuditTrail audit,
                      PlatformTransactionManager transactionManager, ApplicationEventPublisher publisher,
                      WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.reviews = reviews;
        this.complaints = complaints;
        this.history = history;
        this.check = check;
        this.qualifying = qualifying;
        this.process = process;
        this.settings = settings;
        this.people = people;
        this.users = users;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
        this.publisher = publisher;
        this.clock = clock;
    }

    /** What the API answers for a new application. */
    public record Applied(Long id, String reference, CaseReviewStatus status, LocalDate decisionDue) {
    }

    /**
     * Records an application, tests the threshold and starts its process, in one transaction. With an idempotency
     * key, a retry by the same user answers with the first application.
     */
    @PreAuthorize(STAFF)
    public Applied apply(NewApplication application, String idempotencyKey) {
        CurrentUser user = requireStaff();
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null && key.length() > CaseReviewFieldLimits.IDEMPOTENCY_KEY) {
            throw ValidationException.of("Idempotency-Key", "At most " + CaseReviewFieldLimits.IDEMPOTENCY_KEY
                    + " characters");
        }
        Optional<Applied> earlier = key == null ? Optional.empty() : byKey(user, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> applyInTransaction(application, key, user));
        } catch (DataIntegrityViolationException e) {
            return (key == null ? Optional.<Applied>empty() : byKey(user, key)).orElseThrow(() -> e);
        }
    }

    private Optional<Applied> byKey(CurrentUser user, String key) {
        return transaction.execute(status -> reviews.findByCreatedByAndIdempotencyKey(user.username(), key)
                .map(r -> new Applied(r.getId(), r.getReference(), r.getStatus(), r.getDecisionDue())));
    }

    private Applied applyInTransaction(NewApplication application, String key, CurrentUser user) {
        Map<String, Report> relied = check.check(application);
        Instant now = clock.instant();
        LocalDate today = now.atZone(ReportService.ZONE).toLocalDate();
        NewApplication.Applicant applicant = application.applicant();
        Long applicantPersonId = null;
        Long victimPersonId = null;
        if (application.applicantKind().isPerson()) {
            // The people module matches the applicant to people on record (or records them).
            Person person = people.resolvePerson(new PersonDetails(applicant.personId(), trim(applicant.name()), null,
                    trim(applicant.phone()), trim(applicant.email()), trim(applicant.address())));
            applicantPersonId = person.getId();
            victimPersonId = application.applicantKind() == ApplicantKind.VICTIM ? person.getId() : null;
        }
        if (victimPersonId == null && !ApplicationCheck.blank(application.victimName())) {
            victimPersonId = people.resolvePerson(PersonDetails.named(application.victimName().trim())).getId();
        }
        String applicantName = applicant.name() == null || applicant.name().isBlank()
                ? people.person(applicantPersonId).map(Person::getFullName).orElse("Applicant")
                : applicant.name().trim();
        LocalDate due = workingDays.after(today, settings.decisionWorkingDays());
        LocalDate reminder = workingDays.before(due, settings.reminderWorkingDays(), today);
        String reference = String.format(REFERENCE_FORMAT, today.getYear(), reviews.nextNumber());
        CaseReview review = reviews.saveAndFlush(new CaseReview(reference, application.applicantKind(),
                applicantPersonId, applicantName, trim(applicant.phone()), trim(applicant.email()),
                trim(applicant.address()), victimPersonId,
                application.applicantKind() == ApplicantKind.ON_BEHALF && application.consentRecorded(),
                trim(application.consentNote()), application.description().trim(), today, due, now, user.username(),
                key));
        for (Report report : relied.values()) {
            complaints.save(Complaint.onRecord(review.getId(), report.getId()));
        }
        for (NewApplication.ListedIncident incident : application.incidents()) {
            complaints.save(Complaint.listed(review.getId(), incident.incidentDate(), incident.complainedOn(),
                    trim(incident.complainedTo()), applicantPersonId, incident.description().trim()));
        }
        complaints.flush();
        event(review.getId(), user.username(), "APPLIED", "Application received from "
                + application.applicantKind().label().toLowerCase() + " with " + relied.size() + " report(s) and "
                + application.incidents().size() + " incident(s) not on record");
        audit.created(AuditRecordType.CASE_REVIEW, reference, null);
        process.start(reference, review.getId(), endOfDay(due), reminder.atTime(9, 0).atZone(ReportService.ZONE)
                .toInstant());
        return new Applied(review.getId(), reference, review.getStatus(), due);
    }

    /** The threshold test (the process's first step): counts the qualifying complaints against the threshold. */
    @Transactional
    public void testThreshold(Long caseReviewId) {
        CaseReview review = load(caseReviewId);
        QualifyingComplaints.Test test = qualifying.test(review, complaints.findByCaseReviewIdOrderById(review.getId()));
        review.tested(test.qualifying(), test.differentPeople(), test.met());
        event(review.getId(), actor(), "THRESHOLD_TESTED", test.qualifying() + " qualifying complaint(s)"
                + (qualifying.rule().differentPeople() > 0 ? " from " + test.differentPeople() + " people" : "")
                + ": the threshold (" + qualifying.rule().describe() + ") is " + (test.met() ? "" : "not ") + "met");
    }

    /**
     * Sets a complaint aside as not about the same behaviour (with the reason), or counts it again; the count is
     * tested again. Coordinators only, before the decision.
     */
    @PreAuthorize(CaseReviewService.COORDINATOR)
    @Transactional
    public void excludeComplaint(String reference, Long complaintId, Boolean setAside, String reason) {
        CaseReview review = requireCoordinated(reference);
        boolean exclude = answered(setAside, "exclude", "Say whether the complaint is set aside (true) or counts "
                + "(false)");
        if (review.getStatus() != CaseReviewStatus.AWAITING_DECISION) {
            throw ValidationException.of("complaint", "Complaints are set aside before the threshold decision");
        }
        Complaint complaint = complaints.findById(complaintId)
                .filter(c -> c.getCaseReviewId().equals(review.getId()))
                .orElseThrow(() -> new NotFoundException("No such complaint on " + reference));
        if (exclude) {
            if (ApplicationCheck.blank(reason)) {
                throw ValidationException.of("reason", "Say why this complaint is not about the same behaviour");
            }
            checkText(reason, CaseReviewFieldLimits.NOTE, "reason");
            complaint.exclude(reason.trim(), actor());
        } else {
            complaint.include();
        }
        complaints.flush();
        event(review.getId(), actor(), exclude ? "COMPLAINT_EXCLUDED" : "COMPLAINT_INCLUDED",
                (exclude ? "A complaint was set aside: " + reason.trim() : "A complaint counts again"));
        testThreshold(review.getId());
    }

    /**
     * The coordinator's threshold decision: confirming the count, or overriding it, which needs a reason. The
     * applicant is then told (the process's next step).
     */
    @PreAuthorize(CaseReviewService.COORDINATOR)
    @Transactional
    public void decide(String reference, Boolean met, String reason, long expectedVersion) {
        CaseReview review = requireCoordinated(reference);
        boolean thresholdMet = answered(met, "thresholdMet", "Say whether the threshold is met (true or false)");
        checkVersion(review, expectedVersion);
        boolean override = review.getThresholdMetByRule() == null || review.getThresholdMetByRule() != thresholdMet;
        if (override && ApplicationCheck.blank(reason)) {
            throw ValidationException.of("reason", "The count says the threshold is "
                    + (Boolean.TRUE.equals(review.getThresholdMetByRule()) ? "met" : "not met")
                    + ": give the reason for deciding otherwise");
        }
        checkText(reason, CaseReviewFieldLimits.REASON, "reason");
        review.decide(thresholdMet, trim(reason), clock.instant(), actor());
        reviews.flush();
        event(review.getId(), actor(), "THRESHOLD_DECIDED", "Threshold " + (thresholdMet ? "met" : "not met")
                + (override ? " (overriding the count)" : " (confirming the count)")
                + (ApplicationCheck.blank(reason) ? "" : ": " + reason.trim()));
        audit.changed(AuditRecordType.CASE_REVIEW, reference, "Threshold decision");
        process.decided(reference, thresholdMet);
    }

    /** The "tell the applicant the decision" step: records that the decision letter went to the applicant. */
    @Transactional
    public void decisionTold(Long caseReviewId) {
        CaseReview review = load(caseReviewId);
        review.decisionTold(clock.instant());
        event(review.getId(), actor(), LETTER_DECISION, "Threshold decision letter sent to the applicant");
    }

    /** The reminder timer: the coordinators are told a decision is due soon. */
    @Transactional
    public void remindCoordinators(Long caseReviewId) {
        CaseReview review = load(caseReviewId);
        if (review.getStatus() == CaseReviewStatus.AWAITING_DECISION) {
            event(review.getId(), "system", "DECISION_REMINDER", "Coordinators reminded: decision due "
                    + CaseReviewWork.DAY.format(review.getDecisionDue()));
            publisher.publishEvent(NotificationRequested.toRole(Role.SUPERVISOR, null, DECISION_DUE_SOON,
                    "ASB Case Review " + review.getReference() + ": threshold decision due "
                            + CaseReviewWork.DAY.format(review.getDecisionDue()), review.getReference(),
                    "case-reviews/" + review.getReference(), DECISION_DUE_SOON + ":" + review.getReference()));
        }
    }

    // Reading

    /** The review if the signed-in user may see it: CSU caseworkers and supervisors. Otherwise "not found". */
    @Transactional(readOnly = true)
    public CaseReview requireReadable(String reference) {
        CurrentUser user = users.requireCurrentUser();
        Optional<CaseReview> review = reviews.findByReference(reference == null ? "" : reference);
        if (review.isPresent() && !mayRead(user)) {
            audit.refused(AuditRecordType.CASE_REVIEW, reference, "Case Reviews are for CSU staff");
        }
        return review.filter(r -> mayRead(user)).orElseThrow(() -> new NotFoundException("No Case Review " + reference));
    }

    /** The review for a coordinator's change: readable, and the user a coordinator. */
    @Transactional(readOnly = true)
    public CaseReview requireCoordinated(String reference) {
        CaseReview review = requireReadable(reference);
        if (!users.requireCurrentUser().has(Role.SUPERVISOR)) {
            audit.refused(AuditRecordType.CASE_REVIEW, reference, "Not a Case Review coordinator");
            throw new AccessDeniedException("Case Review decisions are for the coordinators (supervisors)");
        }
        reviews.lockByReference(reference);
        return review;
    }

    /** Whether the signed-in user is a coordinator (a supervisor), for the screens to offer the steps only to them. */
    public boolean mayCoordinate() {
        return users.currentUser().map(user -> user.has(Role.SUPERVISOR)).orElse(false);
    }

    static boolean mayRead(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR);
    }

    CurrentUser requireStaff() {
        CurrentUser user = users.requireCurrentUser();
        if (!mayRead(user)) {
            audit.refused(AuditRecordType.CASE_REVIEW, "-", "Case Reviews are for CSU staff");
            throw new AccessDeniedException("Case Reviews are entered and worked by CSU staff");
        }
        return user;
    }

    /** Every complaint of the review with its verdict (the signed-in user's view of the reports). */
    @Transactional(readOnly = true)
    QualifyingComplaints.Test complaintsOf(CaseReview review) {
        return qualifying.test(review, complaints.findByCaseReviewIdOrderById(review.getId()));
    }

    @Transactional(readOnly = true)
    public List<CaseReviewSummary> list(int limit) {
        requireStaff();
        List<CaseReviewSummary> list = new ArrayList<>();
        for (CaseReview r : reviews.newestFirst(org.springframework.data.domain.PageRequest.of(0, limit))) {
            list.add(summary(r));
        }
        return list;
    }

    org.csucasework.intake.CaseReviewRule rule() {
        return qualifying.rule();
    }

    static CaseReviewSummary summary(CaseReview r) {
        return new CaseReviewSummary(r.getReference(), r.getStatus(), r.getApplicantKind(), r.getAppliedOn(),
                r.getDecisionDue(), r.getThresholdMet(), r.getStatus().label());
    }

    /** Records what happened to the review in its one history (DESIGN.md 4.6), as {@code actor}. */
    void event(Long caseReviewId, String actor, String code, String detail) {
        history.record(CaseRef.caseReview(caseReviewId), actor, code, detail);
    }

    String actor() {
        return users.currentUser().map(CurrentUser::username).orElse("system");
    }

    CaseReview load(Long id) {
        return reviews.findById(id).orElseThrow(() -> new NotFoundException("No such Case Review"));
    }

    /**
     * A yes-or-no answer the step needs, refused naming its field when missing: checked after who may take the step,
     * so that a caller who may not learns nothing from the form's rules.
     */
    static boolean answered(Boolean answer, String field, String message) {
        if (answer == null) {
            throw ValidationException.of(field, message);
        }
        return answer;
    }

    static void checkVersion(CaseReview review, long expectedVersion) {
        if (expectedVersion >= 0 && review.getVersion() != expectedVersion) {
            throw new org.csucasework.shared.ConflictException("Someone else changed Case Review "
                    + review.getReference() + " while you were working on it. Reload it and try again.");
        }
    }

    static void checkText(String value, int max, String field) {
        List<org.csucasework.shared.FieldError> errors = new ArrayList<>();
        ApplicationCheck.limit(value, max, field, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ReportService.ZONE).toInstant();
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
