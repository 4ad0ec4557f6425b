package org.csucasework.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.intake.internal.NewReportValidator;
import org.csucasework.intake.internal.RepeatDetector;
import org.csucasework.intake.internal.ReportRepository;
import org.csucasework.intake.internal.ReportShareRepository;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.people.Place;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.Ward;
import org.csucasework.risk.RiskAssessment;
import org.csucasework.risk.RiskResult;
import org.csucasework.risk.RiskStage;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Idempotency;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logs reports and answers questions about them, always as the signed-in user and within what that user may see.
 */
@Service
public class ReportService {

    /** References look like CSU-2026-000123: the year the report was logged and a number unique across years. */
    static final String REFERENCE_FORMAT = "CSU-%d-%06d";
    /** The most reports a person's or a place's history lists. */
    public static final int HISTORY_LIMIT = 200;
    /** The open statuses, named rather than "not closed" so that the database can use the status index. */
    private static final Set<ReportStatus> OPEN = EnumSet.of(ReportStatus.NEW, ReportStatus.IN_PROGRESS);
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final ReportRepository reports;
    private final CaseHistory history;
    private final ReportShareRepository shares;
    private final NewReportValidator validator;
    private final RepeatDetector repeatDetector;
    private final ReportAccess access;
    private final PeopleService people;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final ReportRisk reportRisk;
    private final PersonMarkers markers;
    private final Clock clock;

    ReportService(ReportRepository reports, CaseHistory history, ReportShareRepository shares,
                  NewReportValidator validator, RepeatDetector repeatDetector, ReportAccess access,
                  PeopleService people, ReferenceDataService referenceData, UserService users,
                  ApplicationEventPublisher publisher, PlatformTransactionManager transactionManager, AuditTrail audit,
                  ReportRisk reportRisk, PersonMarkers markers, Clock clock) {
        this.reportRisk = reportRisk;
        this.markers = markers;
        this.reports = reports;
        this.history = history;
        this.shares = shares;
        this.validator = validator;
        this.repeatDetector = repeatDetector;
        this.access = access;
        this.people = people;
        this.referenceData = referenceData;
        this.users = users;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Logs a report and, in the same transaction, starts its process (through {@link ReportLogged}). With an
     * idempotency key, a retry by the same user returns the first report instead of logging a second one, also when
     * the two requests race.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'PARTNER', 'SUPERVISOR')")
    public LoggedReport log(NewReport newReport, String idempotencyKey) {
        CurrentUser user = users.requireCurrentUser();
        String key = Idempotency.key(idempotencyKey);
        String fingerprint = Idempotency.fingerprint(newReport);
        if (key != null) {
            Optional<LoggedReport> earlier = findByIdempotencyKey(user, key, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return transaction.execute(status -> logInTransaction(newReport, key, fingerprint, user));
        } catch (DataIntegrityViolationException e) {
            // Another request with the same key won the race: answer with its report.
            if (key != null) {
                Optional<LoggedReport> winner = findByIdempotencyKey(user, key, fingerprint);
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            throw e;
        }
    }

    /**
     * What is wrong with a report, without logging it: for a caller that has found faults of its own in what it was
     * sent (a date it could not read) and answers with every fault at once rather than one kind at a time.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'PARTNER', 'SUPERVISOR')")
    public List<FieldError> problems(NewReport newReport) {
        try {
            validator.check(newReport);
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    /** The report first logged with this key; refused when it was logged from a different request. */
    private Optional<LoggedReport> findByIdempotencyKey(CurrentUser user, String key, String fingerprint) {
        return transaction.execute(status -> reports.findByCreatedByAndIdempotencyKey(user.username(), key)
                .map(r -> {
                    Idempotency.requireSameRequest(r.getIdempotencyFingerprint(), fingerprint);
                    return r;
                })
                .map(r -> LoggedReport.of(r, true, List.of())));
    }

    private LoggedReport logInTransaction(NewReport newReport, String key, String fingerprint, CurrentUser user) {
        validator.check(newReport);
        Instant now = clock.instant();
        Place place = people.resolvePlace(newReport.placeId(), newReport.location(), blankToNull(newReport.wardCode()));
        String wardCode = blankToNull(newReport.wardCode()) != null ? newReport.wardCode() : place.getWardCode();
        List<PossiblePersonMatch> possibleMatches = new ArrayList<>();
        Person reporter = newReport.anonymous() ? null
                : resolveOffering(chosenBy(user, newReport.reporter()), "reporter", possibleMatches);

        Set<Long> subjectIds = new LinkedHashSet<>();
        Set<Long> reporterOrVictimIds = new LinkedHashSet<>();
        if (reporter != null) {
            reporterOrVictimIds.add(reporter.getId());
        }
        List<Long> resolvedSubjectIds = new ArrayList<>();
        Set<Long> perpetratorIds = new LinkedHashSet<>();
        for (int i = 0; i < newReport.subjects().size(); i++) {
            NewReport.Subject subject = newReport.subjects().get(i);
            Person person = resolveOffering(chosenBy(user, subject.person()), "subjects[" + i + "]", possibleMatches);
            resolvedSubjectIds.add(person.getId());
            subjectIds.add(person.getId());
            if (subject.role() == SubjectRole.VICTIM) {
                reporterOrVictimIds.add(person.getId());
            } else if (subject.role() == SubjectRole.ALLEGED_PERPETRATOR) {
                perpetratorIds.add(person.getId());
            }
        }
        RepeatDetector.Findings findings = repeatDetector.examine(new RepeatDetector.NewReportFacts(
                newReport.receivedAt(), newReport.incidentDateOrReceived(), place.getId(), subjectIds, perpetratorIds,
                reporter == null ? null : reporter.getId(), reporterOrVictimIds));

        String reference = String.format(REFERENCE_FORMAT, now.atZone(ZONE).getYear(), reports.nextReportNumber());
        Report report = new Report(reference, newReport.receivedAt(), newReport.incidentDateOrReceived(),
                newReport.categoryCode(), wardCode,
                place.getId(), newReport.sourceAgencyCode(), user.agencyCode(), newReport.anonymous(),
                reporter == null ? null : reporter.getId(), newReport.description().trim(), now, user.username(), key);
        for (int i = 0; i < newReport.subjects().size(); i++) {
            report.addSubject(resolvedSubjectIds.get(i), newReport.subjects().get(i).role());
        }
        Set<ReportFlag> flags = EnumSet.noneOf(ReportFlag.class);
        flags.addAll(findings.flags());
        if (!possibleMatches.isEmpty()) {
            flags.add(ReportFlag.POSSIBLE_PERSON_MATCH);
        }
        report.flag(flags, findings.linkedReportId());
        report.targetedFor(newReport.hateCharacteristics());
        report.keyedRequest(fingerprint);
        reports.saveAndFlush(report);
        if (newReport.riskAnswers() != null) {
            reportRisk.assess(report, RiskStage.INTAKE, newReport.riskAnswers(), user.username(), now);
            reports.flush();
        }

        CaseRef logged = CaseRef.report(report.getId());
        history.record(logged, user.username(), "LOGGED", "Report logged");
        if (!newReport.hateCharacteristics().isEmpty()) {
            history.record(logged, user.username(), "POSSIBLE_HATE_INCIDENT", "Possible hate incident: targeted for "
                    + newReport.hateCharacteristics().stream().map(c -> c.label().toLowerCase(java.util.Locale.UK))
                    .collect(Collectors.joining(", ")));
        }
        if (!flags.isEmpty()) {
            history.record(logged, "system", "FLAGGED",
                    flags.stream().map(ReportFlag::label).collect(Collectors.joining("; ")));
        }
        if (findings.linkedReportId() != null) {
            reports.findById(findings.linkedReportId()).ifPresent(open -> {
                history.record(logged, "system", "LINKED", "Linked to open report " + open.getReference());
                history.record(CaseRef.report(open.getId()), "system", "LINKED",
                        "New report " + reference + " linked to this one");
            });
        }
        audit.created(AuditRecordType.REPORT, reference, null);
        publisher.publishEvent(new ReportLogged(report.getId(), reference, report.getOwningAgencyCode(),
                report.isAnonymous(), findings.flags().contains(ReportFlag.CASE_REVIEW_THRESHOLD),
                findings.flags().contains(ReportFlag.TASK_AND_FINISH_SUGGESTED), place.getId(),
                List.copyOf(subjectIds)));
        // The offers name people on record: only for those who may look people up (CSU staff); the flag is for all.
        return LoggedReport.of(report, false, access.seesAllReports(user) ? possibleMatches : List.of());
    }

    /**
     * The person for a name on the report: the record chosen, or a new one; for a new one, the records that may be
     * the same person are noted (before the new record exists, so that it is not offered as a match for itself).
     */
    private Person resolveOffering(PersonDetails details, String field, List<PossiblePersonMatch> offers) {
        List<org.csucasework.people.PersonMatch> matches = details != null && details.personId() == null
                ? people.possibleMatches(details) : List.of();
        Person person = people.resolvePerson(details);
        matches.forEach(match -> offers.add(new PossiblePersonMatch(field, person.getId(), match)));
        return person;
    }

    /**
     * Assesses the victim's risk again (at a review): the new level replaces the report's, HIGH flags it and tells
     * the supervisors. For those who manage the report; not on a closed report.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'PARTNER', 'SUPERVISOR')")
    @Transactional
    public RiskResult reassessRisk(String reference, Map<String, Boolean> answers) {
        reports.lockByReference(reference);
        Report report = requireManageable(reference);
        if (report.getStatus() == ReportStatus.CLOSED) {
            throw ValidationException.of("riskAssessment", "Report " + reference + " is closed");
        }
        RiskResult result = reportRisk.assess(report, RiskStage.REVIEW, answers, actor(), clock.instant());
        reports.flush();
        return result;
    }

    /** The report's victim risk assessments, oldest first, each with the questions as they were asked. */
    @Transactional(readOnly = true)
    public List<RiskAssessment> riskAssessments(String reference) {
        return riskAssessmentsOf(requireReadable(reference).getId());
    }

    private List<RiskAssessment> riskAssessmentsOf(Long reportId) {
        return reportRisk.assessmentsOf(reportId);
    }

    /**
     * Locks the report until the caller's transaction ends, so that changes which move its process on (completing
     * actions, closing) queue up one after the other instead of racing each other in the process engine, where the
     * loser would fail or, worse, both would miss that the last action is done. Call it first in the transaction,
     * before the report is read, so that what is read afterwards is current. An unknown reference locks nothing.
     */
    @Transactional
    public void lockForChange(String reference) {
        reports.lockByReference(reference);
    }

    /** As {@link #lockForChange(String)}, by id. */
    @Transactional
    public void lockForChange(Long reportId) {
        reports.lockById(reportId);
    }

    /** The report with this reference if the signed-in user may see it; otherwise "not found", never a hint. */
    @Transactional(readOnly = true)
    public Report requireReadable(String reference) {
        CurrentUser user = users.requireCurrentUser();
        return reports.findByReference(reference)
                .filter(report -> readableOrRefused(user, report))
                .orElseThrow(() -> new NotFoundException("No report " + reference));
    }

    @Transactional(readOnly = true)
    public Report requireReadable(Long reportId) {
        CurrentUser user = users.requireCurrentUser();
        return reports.findById(reportId)
                .filter(report -> readableOrRefused(user, report))
                .orElseThrow(() -> new NotFoundException("No such report"));
    }

    /** Whether the user may read the report; a report that exists but is not theirs to see is an audited refusal. */
    private boolean readableOrRefused(CurrentUser user, Report report) {
        if (access.canRead(user, report)) {
            return true;
        }
        audit.refused(AuditRecordType.REPORT, report.getReference(), "Not shared with " + user.agencyCode());
        return false;
    }

    /** The report for a change by the signed-in user: readable, and theirs to manage. */
    @Transactional(readOnly = true)
    public Report requireManageable(String reference) {
        Report report = requireReadable(reference);
        if (!access.canManage(users.requireCurrentUser(), report)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the CSU or the owning agency can change this report");
        }
        return report;
    }

    @Transactional(readOnly = true)
    public ReportDetails details(String reference) {
        Report report = requireReadable(reference);
        audit.viewed(AuditRecordType.REPORT, reference);
        Map<String, Category> categories = categoriesByCode();
        Optional<Place> place = people.place(report.getPlaceId());
        List<Long> personIds = new java.util.ArrayList<>(report.getSubjects().stream().map(ReportSubject::getPersonId)
                .toList());
        personIds.add(report.getReporterPersonId());
        Map<Long, Set<PersonMarker>> marked = markers.of(personIds);
        List<ReportDetails.Involved> involved = report.getSubjects().stream()
                .map(s -> new ReportDetails.Involved(s.getRole(), personRef(s.getPersonId(), marked)))
                .toList();
        // A linked report is named only to those who may open it: a partner must not learn of another's reports.
        CurrentUser user = users.requireCurrentUser();
        String linkedTo = Optional.ofNullable(report.getLinkedReportId()).flatMap(reports::findById)
                .filter(linked -> access.canRead(user, linked)).map(Report::getReference).orElse(null);
        List<String> linkedReports = reports.findByLinkedReportIdOrderByReceivedAt(report.getId()).stream()
                .filter(linked -> access.canRead(user, linked)).map(Report::getReference).toList();
        List<ReportDetails.Share> sharedWith = shares.findByReportIdOrderBySharedAt(report.getId()).stream()
                .map(s -> new ReportDetails.Share(s.getAgencyCode(), s.getReason(), s.getSharedAt(), s.getSharedBy()))
                .toList();
        return new ReportDetails(report.getId(), report.getReference(), report.getStatus(), report.getReceivedAt(),
                report.getIncidentDate(),
                report.getCategoryCode(), Optional.ofNullable(categories.get(report.getCategoryCode()))
                .map(Category::getName).orElse("Unknown category"),
                report.getWardCode(), wardName(report.getWardCode()), report.getPlaceId(),
                place.map(Place::getLabel).orElse(null), report.getSourceAgencyCode(), report.getOwningAgencyCode(),
                report.isAnonymous(), report.getReporterPersonId() == null ? null
                        : personRef(report.getReporterPersonId(), marked),
                involved, report.getDescription(), report.flags(), report.isCaseReviewRightTold(), linkedTo,
                linkedReports, sharedWith, report.getOutcomeCode(), report.getOutcomeNote(),
                report.isReporterUpdated(), report.getClosedAt(), report.getClosedBy(), report.getCreatedAt(),
                report.getCreatedBy(), report.getVersion(), report.getRiskLevel(), report.getContactDue(),
                report.getHateCharacteristics());
    }

    /**
     * The report's one history, newest first; a line naming a linked report the user may not open says only that
     * there is one.
     */
    @Transactional(readOnly = true)
    public List<org.csucasework.casehistory.HistoryItem> timeline(String reference) {
        Report report = requireReadable(reference);
        List<org.csucasework.casehistory.HistoryItem> timeline = history.entriesOf(CaseRef.report(report.getId()));
        CurrentUser user = users.requireCurrentUser();
        List<String> hidden = java.util.stream.Stream.concat(
                        Optional.ofNullable(report.getLinkedReportId()).flatMap(reports::findById).stream(),
                        reports.findByLinkedReportIdOrderByReceivedAt(report.getId()).stream())
                .filter(linked -> !access.canRead(user, linked)).map(Report::getReference).toList();
        if (hidden.isEmpty()) {
            return timeline;
        }
        return timeline.stream().map(item -> !"LINKED".equals(item.code()) || item.text() == null
                || hidden.stream().noneMatch(item.text()::contains) ? item
                : toldAs(item, item.text().startsWith("New report")
                        ? "A new report held by another agency was linked to this one"
                        : "Linked to an open report held by another agency")).toList();
    }

    private static org.csucasework.casehistory.HistoryItem toldAs(org.csucasework.casehistory.HistoryItem item,
                                                                   String text) {
        return new org.csucasework.casehistory.HistoryItem(item.id(), item.caseKind(), item.caseId(), item.kind(),
                item.at(), item.actor(), item.actorName(), item.code(), text, item.contactWith(),
                item.contactMethod(), item.contactOutcome(), item.corrects(), item.correctedBy(), item.documentId());
    }

    /** Every report a person is involved in (as reporter or subject) that the signed-in user may see, newest first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> historyOfPerson(Long personId) {
        audit.viewed(AuditRecordType.PERSON, personId);
        // As on the agenda, the limit applies to what the user may see, not to everyone's reports.
        CurrentUser user = users.requireCurrentUser();
        PageRequest page = PageRequest.of(0, HISTORY_LIMIT);
        return visibleSummaries(access.seesAllReports(user) ? reports.historyOfPerson(personId, page)
                : reports.historyOfPersonVisibleToAgency(personId, user.agencyCode(), page));
    }

    /** Every report about a place that the signed-in user may see, newest first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> historyOfPlace(Long placeId) {
        CurrentUser user = users.requireCurrentUser();
        PageRequest page = PageRequest.of(0, HISTORY_LIMIT);
        return visibleSummaries(access.seesAllReports(user) ? reports.historyOfPlace(placeId, page)
                : reports.historyOfPlaceVisibleToAgency(placeId, user.agencyCode(), page));
    }

    /**
     * The subjects of a report that reached the Task and Finish Group threshold with it. Ids only and no access check:
     * for the proposal of a group made while the report is logged, in the logging transaction.
     */
    @Transactional(readOnly = true)
    public TaskAndFinishSubjects taskAndFinishSubjects(Long reportId) {
        Report report = load(reportId);
        return repeatDetector.atTaskAndFinishThreshold(report.getReceivedAt(), report.getPlaceId(),
                report.getSubjects().stream().map(ReportSubject::getPersonId).toList());
    }

    /** Reports waiting for their first review at the daily tasking, oldest first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> awaitingTasking(int limit) {
        // The limit applies to what the user may see: a partner's reports are not crowded out by everyone else's.
        CurrentUser user = users.requireCurrentUser();
        PageRequest page = PageRequest.of(0, limit);
        return visibleSummaries(access.seesAllReports(user)
                ? reports.findByStatusOrderByReceivedAt(ReportStatus.NEW, page)
                : reports.findByStatusVisibleToAgency(ReportStatus.NEW, user.agencyCode(), page));
    }

    /** Open reports with a Task and Finish suggestion or the ASB Case Review threshold, newest first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> flaggedOpen(int limit) {
        CurrentUser user = users.requireCurrentUser();
        PageRequest page = PageRequest.of(0, limit);
        return visibleSummaries(access.seesAllReports(user)
                ? reports.findOpenFlagged(OPEN, page)
                : reports.findOpenFlaggedVisibleToAgency(OPEN, user.agencyCode(), page));
    }

    /** Open reports with a high-risk victim that the user may see, oldest first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> highRiskOpen(int limit) {
        return visibleSummaries(reports.findByHighRiskTrueAndStatusInOrderByReceivedAt(OPEN, PageRequest.of(0, limit)));
    }

    /** Open reports, oldest first: the supervisor's view of ageing work. */
    @Transactional(readOnly = true)
    public List<ReportSummary> openOldestFirst(int limit) {
        return visibleSummaries(reports.findOpenOldestFirst(OPEN, PageRequest.of(0, limit)));
    }

    /** Which of these references are closed reports (for the work list, which marks steps left on them). */
    @Transactional(readOnly = true)
    public Set<String> closedAmong(java.util.Collection<String> references) {
        return references.isEmpty() ? Set.of() : reports.findByReferenceIn(references).stream()
                .filter(r -> r.getStatus() == ReportStatus.CLOSED).map(Report::getReference)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public long countByStatus(ReportStatus status) {
        return reports.countByStatus(status);
    }

    @Transactional(readOnly = true)
    public List<ReportSummary> summaries(List<Long> reportIds) {
        return visibleSummaries(reports.findAllById(reportIds));
    }

    /**
     * The summaries of the reports the user may read. A list costs a fixed handful of queries however long it is:
     * the categories, the place labels and (for a partner) the shares are each read once for the whole list.
     */
    private List<ReportSummary> visibleSummaries(List<Report> found) {
        List<Report> readable = access.readable(users.requireCurrentUser(), found);
        if (readable.isEmpty()) {
            return List.of();
        }
        Map<String, Category> categories = categoriesByCode();
        Map<Long, String> placeLabels = people.placeLabels(readable.stream().map(Report::getPlaceId).toList());
        return readable.stream()
                .map(report -> new ReportSummary(report.getId(), report.getReference(), report.getReceivedAt(),
                        report.getCategoryCode(), Optional.ofNullable(categories.get(report.getCategoryCode()))
                        .map(Category::getName).orElse("Unknown category"), report.getWardCode(),
                        report.getPlaceId() == null ? "" : placeLabels.getOrDefault(report.getPlaceId(), ""),
                        report.getStatus(), report.flags(), report.getOwningAgencyCode()))
                .toList();
    }

    // Changes made on behalf of the daily tasking. The caller has checked that the user may make them.

    @Transactional
    public void recordEvent(Long reportId, String kind, String detail) {
        history.record(CaseRef.report(reportId), actor(), kind, detail);
        // Every change to a report's course goes through its timeline; the audit trail gives the kind of change only,
        // not the free text. The report is normally in the persistence context already, so this costs no query.
        audit.changed(AuditRecordType.REPORT,
                reports.findById(reportId).map(Report::getReference).orElse(String.valueOf(reportId)), kind);
    }

    @Transactional
    public void markReviewed(Long reportId) {
        load(reportId).markReviewed();
    }

    @Transactional
    public void markReporterUpdated(Long reportId) {
        load(reportId).markReporterUpdated();
        recordEvent(reportId, "REPORTER_UPDATED", "The reporter was told the outcome");
    }

    @Transactional
    public void markCaseReviewRightTold(Long reportId) {
        load(reportId).markCaseReviewRightTold();
        recordEvent(reportId, "CASE_REVIEW_RIGHT_TOLD", "The reporter was told of their right to an ASB Case Review");
    }

    @Transactional
    public void close(Long reportId, long expectedVersion, String outcomeCode, String note, boolean reporterUpdated) {
        Report report = load(reportId);
        if (report.getVersion() != expectedVersion) {
            throw new org.csucasework.shared.ConflictException(
                    "Someone else changed report " + report.getReference() + " while you were working on it. Reload it and try again.");
        }
        report.close(outcomeCode, blankToNull(note), reporterUpdated, clock.instant(), actor());
        recordEvent(reportId, "CLOSED", "Closed: " + outcomeCode + (note == null || note.isBlank() ? "" : " - " + note));
        reports.flush();
    }

    private Report load(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("No such report"));
    }

    private String actor() {
        return users.currentUser().map(CurrentUser::username).orElse("system");
    }

    /**
     * Only CSU staff pick people on record by id (they get the suggestions). A partner's person is matched by name
     * and date of birth instead: an id they sent would otherwise link, and then show them, any person on record,
     * whichever agency's reports they are in, just by guessing numbers.
     */
    private PersonDetails chosenBy(CurrentUser user, PersonDetails details) {
        if (details == null || details.personId() == null || access.seesAllReports(user)) {
            return details;
        }
        return new PersonDetails(null, details.fullName(), details.dateOfBirth(), details.phone(), details.email(),
                details.address());
    }

    private ReportDetails.PersonRef personRef(Long personId, Map<Long, Set<PersonMarker>> marked) {
        return people.person(personId)
                .map(p -> new ReportDetails.PersonRef(p.getId(), p.getFullName(), p.getDateOfBirth(), p.getPhone(),
                        p.getEmail(), marked.get(p.getId())))
                .orElse(null);
    }

    private Map<String, Category> categoriesByCode() {
        return referenceData.list(ReferenceType.CATEGORIES).stream()
                .collect(Collectors.toMap(Category::getCode, Function.identity()));
    }

    private String wardName(String wardCode) {
        return referenceData.findByCode(ReferenceType.WARDS, wardCode).map(Ward::getName).orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
