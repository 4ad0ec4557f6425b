package org.csucasework.taskgroups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.people.PeopleService;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.internal.TaskGroupMeetingRepository;
import org.csucasework.taskgroups.internal.TaskGroupReportRepository;
import org.csucasework.taskgroups.internal.TaskGroupRepository;
import org.csucasework.taskgroups.process.GroupProcess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task and Finish Groups from proposal to closure, always as the signed-in user and within what they may see
 * ({@link TaskGroupAccess}). Proposals come from the repeat threshold and tasking referrals (through
 * {@link TaskGroupProposals}), from a report or by hand; each starts the group's process, which this service moves on
 * through {@link GroupProcess}. A working group's meetings are {@link GroupMeetings}', its action plan
 * {@link GroupActionPlan}'s; the rules all of them keep are {@link GroupRecords}'.
 */
@Service
public class TaskGroupService {

    static final int LIST_LIMIT = 500;

    private final GroupRecords records;
    private final TaskGroupRepository groups;
    private final TaskGroupReportRepository links;
    private final CaseHistory history;
    private final TaskGroupMeetingRepository meetings;
    private final TaskGroupAccess access;
    private final ReportService reports;
    private final PeopleService people;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final ActionService actions;
    private final GroupProcess process;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultReviewWeeks;

    TaskGroupService(GroupRecords records, TaskGroupRepository groups, TaskGroupReportRepository links,
                     CaseHistory history, TaskGroupMeetingRepository meetings, TaskGroupAccess access,
                     ReportService reports, PeopleService people, ReferenceDataService referenceData,
                     UserService users, ActionService actions, GroupProcess process, AuditTrail audit, Clock clock,
                     @Value("${casework.task-groups.default-review-weeks:4}") int defaultReviewWeeks) {
        this.records = records;
        this.groups = groups;
        this.links = links;
        this.history = history;
        this.meetings = meetings;
        this.access = access;
        this.reports = reports;
        this.people = people;
        this.referenceData = referenceData;
        this.users = users;
        this.actions = actions;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
        this.defaultReviewWeeks = defaultReviewWeeks;
    }

    // --- Proposals ---------------------------------------------------------------------------------------------

    /** A new draft with the defaults filled in; from a report, with its place as the subject and the report linked. */
    @Transactional(readOnly = true)
    public GroupDraft newDraft(String reportReference, Long placeId, Long personId) {
        GroupDraft draft = new GroupDraft();
        draft.setReviewIntervalWeeks(defaultReviewWeeks);
        CurrentUser user = users.requireCurrentUser();
        draft.setMemberAgencyCodes(Set.of(user.agencyCode()));
        if (reportReference != null && !reportReference.isBlank()) {
            Report report = reports.requireReadable(reportReference.trim());
            draft.setReportReference(report.getReference());
            placeId = placeId == null && personId == null ? report.getPlaceId() : placeId;
        }
        if (personId != null) {
            // People's names are for CSU staff, as in the intake's suggestions; a partner starts from a place.
            if (access.canSetUp(user)) {
                people.person(personId).ifPresent(p -> draft.setSubject(GroupRecords.option(p)));
            }
        } else if (placeId != null) {
            people.place(placeId).ifPresent(p -> draft.setSubject(GroupRecords.option(p)));
        }
        if (draft.getSubject() != null) {
            draft.setTitle(draft.getSubject().label());
        }
        return draft;
    }

    /**
     * Proposes a group by hand (or from a report, when the draft names one): subject, title, lead, at least one member
     * agency and the reason are required. Every problem is reported at once, at its field; nothing is saved then.
     */
    @Transactional
    public GroupSummary propose(GroupDraft draft) {
        CurrentUser user = users.requireCurrentUser();
        if (!access.canPropose(user)) {
            throw new AccessDeniedException("Only CSU staff and partner officers propose groups");
        }
        List<FieldError> errors = new ArrayList<>();
        checkSubject(draft.getSubject(), errors);
        Details details = checkDetails(draft, errors);
        String reason = GroupRecords.blankToNull(draft.getReason());
        if (reason == null) {
            errors.add(new FieldError("reason", "Say why the partnership needs a group"));
        } else if (reason.length() > TaskGroupFieldLimits.REASON) {
            errors.add(new FieldError("reason", "At most " + TaskGroupFieldLimits.REASON + " characters"));
        }
        Report report = null;
        if (GroupRecords.blankToNull(draft.getReportReference()) != null) {
            try {
                report = reports.requireReadable(draft.getReportReference().trim());
            } catch (NotFoundException e) {
                errors.add(new FieldError("reportReference", "No report " + draft.getReportReference().trim()));
            }
        }
        if (draft.getSubject() != null && errors.stream().noneMatch(e -> e.field().equals("subject"))) {
            records.activeAbout(draft.getSubject().subject()).stream().findFirst().ifPresent(existing ->
                    errors.add(new FieldError("subject", existing.getReference() + " is already "
                            + existing.getStatus().label().toLowerCase(Locale.UK) + " for "
                            + draft.getSubject().label() + ": link the report to it instead")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ProposalSource source = report == null ? ProposalSource.BY_HAND : ProposalSource.REPORT;
        TaskGroup group = records.create(draft.getSubject().subject(), details.title(), source, reason,
                details.lead(), details.members(), details.reviewWeeks(), user.username());
        if (report != null) {
            records.link(group, report.getId(), report.getReference(), "Proposed from this report");
        }
        return records.summary(group, records.labels());
    }

    // --- Decision ----------------------------------------------------------------------------------------------

    /** Proposals waiting for a supervisor's decision, oldest first. */
    @Transactional(readOnly = true)
    public List<GroupSummary> approvalQueue() {
        requireDecider();
        Map<String, String> labels = records.labels();
        return groups.findByStatusOrderByProposedAt(GroupStatus.PROPOSED).stream().map(g -> records.summary(g, labels))
                .toList();
    }

    /** A supervisor approves a proposal; the group is then set up (lead, members, first meeting). */
    @Transactional
    public GroupSummary approve(String reference, String note) {
        CurrentUser user = requireDecider();
        TaskGroup group = records.requireVisible(reference);
        GroupRecords.requireStatus(group, GroupStatus.PROPOSED, "is no longer waiting for a decision");
        group.approve(GroupRecords.blankToNull(note), clock.instant(), user.username());
        records.save(group);
        records.event(group, "APPROVED", "Approved by " + user.fullName() + (GroupRecords.blankToNull(note) == null ? "" : ": " + note.trim()));
        process.approve(reference);
        return records.summary(group, records.labels());
    }

    /** A supervisor declines a proposal, with the reason. */
    @Transactional
    public GroupSummary decline(String reference, String reason) {
        CurrentUser user = requireDecider();
        TaskGroup group = records.requireVisible(reference);
        GroupRecords.requireStatus(group, GroupStatus.PROPOSED, "is no longer waiting for a decision");
        if (GroupRecords.blankToNull(reason) == null) {
            throw ValidationException.of("reason", "Give the reason for declining the group");
        }
        if (reason.trim().length() > TaskGroupFieldLimits.REASON) {
            throw ValidationException.of("reason", "At most " + TaskGroupFieldLimits.REASON + " characters");
        }
        group.decline(reason.trim(), clock.instant(), user.username());
        records.save(group);
        records.event(group, "DECLINED", "Declined by " + user.fullName() + ": " + reason.trim());
        process.decline(reference);
        return records.summary(group, records.labels());
    }

    // --- Set-up and changes ------------------------------------------------------------------------------------

    /** The group as a draft for its form: to set it up after approval, or to change it. */
    @Transactional(readOnly = true)
    public GroupDraft draftOf(String reference) {
        TaskGroup group = records.requireVisible(reference);
        GroupDraft draft = new GroupDraft();
        draft.setReference(group.getReference());
        draft.setVersion(group.getVersion());
        draft.setSubject(records.subjectOption(group.subject()).orElse(null));
        draft.setTitle(group.getTitle());
        draft.setLeadUsername(group.getLeadUsername());
        draft.setMemberAgencyCodes(group.getMemberAgencies());
        draft.setReviewIntervalWeeks(group.getReviewIntervalWeeks());
        draft.setReason(group.getProposalReason());
        meetings.findByGroupIdOrderByMeetingDateAscIdAsc(group.getId()).stream()
                .filter(m -> m.getKind() == MeetingKind.FIRST).findFirst()
                .ifPresent(m -> draft.setFirstMeetingDate(m.getMeetingDate()));
        return draft;
    }

    /**
     * Sets up an approved group: lead, member agencies, review cycle and the first meeting's date (required). The
     * reports linked to the group are shared with its member agencies. The lead gets the first meeting.
     */
    @Transactional
    public GroupSummary setUp(GroupDraft draft) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = records.requireVisible(draft.getReference());
        if (!access.canSetUp(user)) {
            throw new AccessDeniedException("CSU caseworkers and supervisors set groups up");
        }
        if (group.getStatus() != GroupStatus.OPEN || group.getSetUpAt() != null) {
            throw new ConflictException(group.getReference() + (group.getStatus() == GroupStatus.PROPOSED
                    ? " is waiting for a supervisor's approval" : " is not waiting to be set up"));
        }
        GroupRecords.checkVersion(group, draft.getVersion());
        List<FieldError> errors = new ArrayList<>();
        Details details = checkDetails(draft, errors);
        LocalDate first = draft.getFirstMeetingDate();
        if (first == null) {
            errors.add(new FieldError("firstMeetingDate", "Choose the date of the first meeting"));
        } else if (first.isBefore(records.today())) {
            errors.add(new FieldError("firstMeetingDate", "The first meeting cannot be in the past"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        group.changeDetails(details.title(), details.lead(), details.members(), details.reviewWeeks());
        group.markSetUp(clock.instant(), user.username());
        records.save(group);
        meetings.save(new TaskGroupMeeting(group.getId(), first, MeetingKind.FIRST, clock.instant(), user.username()));
        records.event(group, "SET_UP", "Set up: led by " + records.officerName(details.lead()) + "; members "
                + records.agencyNames(details.members()) + "; first meeting " + UkDates.weekday(first) + "; reviews every "
                + details.reviewWeeks() + " weeks");
        records.shareLinkedReports(group);
        process.setUp(group.getReference(), details.lead(), details.reviewWeeks(), first);
        return records.summary(group, records.labels());
    }

    /**
     * Changes a proposed or open group's title, lead, members and review cycle. A stale version gives a
     * {@link ConflictException}; the subject stays what it was proposed about.
     */
    @Transactional
    public GroupSummary update(GroupDraft draft) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = records.requireVisible(draft.getReference());
        if (!access.canManage(user, group)) {
            throw new AccessDeniedException("Only the lead and CSU staff change a group");
        }
        if (!group.getStatus().isActive()) {
            throw new ConflictException(group.getReference() + " is " + group.getStatus().label().toLowerCase(Locale.UK)
                    + " and can no longer be changed");
        }
        GroupRecords.checkVersion(group, draft.getVersion());
        List<FieldError> errors = new ArrayList<>();
        Details details = checkDetails(draft, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String oldLead = group.getLeadUsername();
        int oldWeeks = group.getReviewIntervalWeeks();
        Set<String> oldMembers = group.getMemberAgencies();
        group.changeDetails(details.title(), details.lead(), details.members(), details.reviewWeeks());
        records.save(group);
        List<String> changes = new ArrayList<>();
        if (!details.lead().equals(oldLead)) {
            changes.add("lead now " + records.officerName(details.lead()));
        }
        if (!details.members().equals(oldMembers)) {
            changes.add("members now " + records.agencyNames(details.members()));
        }
        if (details.reviewWeeks() != oldWeeks) {
            changes.add("reviews every " + details.reviewWeeks() + " weeks from the next cycle");
        }
        records.event(group, "CHANGED", changes.isEmpty() ? "Details changed" : "Changed: " + String.join("; ", changes));
        if (group.isWorking()) {
            records.shareLinkedReports(group);
            if (!details.lead().equals(oldLead)) {
                process.changeLead(group.getReference(), details.lead());
            }
            if (details.reviewWeeks() != oldWeeks) {
                process.changeReviewInterval(group.getReference(), details.reviewWeeks());
            }
        }
        return records.summary(group, records.labels());
    }

    // --- Closing -----------------------------------------------------------------------------------------------

    /**
     * Closes an open group with an outcome and a reason. Refused while actions of its action plan are open: they are
     * to be completed, cancelled or handed on first.
     */
    @Transactional
    public GroupSummary close(String reference, CloseGroup close) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = records.requireVisible(reference);
        if (!access.canManage(user, group)) {
            throw new AccessDeniedException("Only the lead and CSU staff close a group");
        }
        GroupRecords.requireStatus(group, GroupStatus.OPEN, group.getStatus() == GroupStatus.PROPOSED
                ? "is waiting for a supervisor's decision: decline it instead" : "is not open");
        GroupRecords.checkVersion(group, close.expectedVersion());
        List<FieldError> errors = new ArrayList<>();
        if (close.outcome() == null) {
            errors.add(new FieldError("outcome", "Choose the outcome"));
        }
        String reason = GroupRecords.blankToNull(close.reason());
        if (reason == null) {
            errors.add(new FieldError("reason", "Give the reason for closing the group"));
        } else if (reason.length() > TaskGroupFieldLimits.REASON) {
            errors.add(new FieldError("reason", "At most " + TaskGroupFieldLimits.REASON + " characters"));
        }
        long open = actions.openActionsOf(GroupRecords.owner(group));
        if (open > 0) {
            errors.add(new FieldError("actions", open + (open == 1 ? " action of the action plan is" : " actions of the action plan are")
                    + " still open: reassign or close them (complete or cancel) before closing the group"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        group.close(close.outcome(), reason, clock.instant(), user.username());
        records.save(group);
        records.event(group, "CLOSED", "Closed: " + close.outcome().label() + " - " + reason);
        process.close(group.getReference());
        return records.summary(group, records.labels());
    }

    // --- Linked reports ----------------------------------------------------------------------------------------

    /** Links a report to a proposed or open group (shared with the members of a working group). */
    @Transactional
    public void linkReport(String reference, String reportReference) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = records.requireVisible(reference);
        if (!access.canManage(user, group)) {
            throw new AccessDeniedException("Only the lead and CSU staff link reports to a group");
        }
        if (!group.getStatus().isActive()) {
            throw new ConflictException(group.getReference() + " is " + group.getStatus().label().toLowerCase(Locale.UK));
        }
        if (GroupRecords.blankToNull(reportReference) == null) {
            throw ValidationException.of("reportReference", "Enter the report's reference");
        }
        Report report;
        try {
            report = reports.requireReadable(reportReference.trim());
        } catch (NotFoundException e) {
            throw ValidationException.of("reportReference", "No report " + reportReference.trim());
        }
        if (links.existsByGroupIdAndReportId(group.getId(), report.getId())) {
            throw ValidationException.of("reportReference", report.getReference() + " is already linked to the group");
        }
        records.link(group, report.getId(), report.getReference(), "Linked by hand");
    }

    // --- Queries -----------------------------------------------------------------------------------------------

    /** The groups the signed-in user may see, filtered, newest proposal first. */
    @Transactional(readOnly = true)
    public List<GroupSummary> list(GroupFilter filter) {
        CurrentUser user = users.requireCurrentUser();
        Set<GroupStatus> statuses = filter.statuses().isEmpty() ? EnumSet.allOf(GroupStatus.class)
                : EnumSet.copyOf(filter.statuses());
        Map<String, String> labels = records.labels();
        String place = key(filter.placeText());
        String person = key(filter.personText());
        String lead = GroupRecords.blankToNull(filter.leadUsername());
        String agency = GroupRecords.blankToNull(filter.agencyCode());
        return groups.findByStatuses(statuses, PageRequest.of(0, LIST_LIMIT)).stream()
                .filter(g -> access.canSee(user, g))
                .filter(g -> lead == null || lead.equals(g.getLeadUsername()))
                .filter(g -> agency == null || g.getMemberAgencies().contains(agency))
                .map(g -> records.summary(g, labels))
                .filter(s -> place == null || (s.subjectKind() == SubjectKind.PLACE && contains(s.subjectLabel(), place)))
                .filter(s -> person == null || (s.subjectKind() == SubjectKind.PERSON && contains(s.subjectLabel(), person)))
                .toList();
    }

    /** The groups about a place that the signed-in user may see, newest first. */
    @Transactional(readOnly = true)
    public List<GroupSummary> groupsAtPlace(Long placeId) {
        CurrentUser user = users.requireCurrentUser();
        Map<String, String> labels = records.labels();
        return groups.findByPlaceIdOrderByProposedAtDesc(placeId).stream().filter(g -> access.canSee(user, g))
                .map(g -> records.summary(g, labels)).toList();
    }

    @Transactional(readOnly = true)
    public GroupSummary summary(String reference) {
        return records.summary(records.requireVisible(reference), records.labels());
    }

    /** Everything the group's page shows, for a user who may see the group. */
    @Transactional(readOnly = true)
    public GroupPage page(String reference) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = records.requireVisible(reference);
        audit.viewed(AuditRecordType.TASK_GROUP, group.getReference());
        List<TaskGroupReport> linked = links.findByGroupIdOrderByLinkedAt(group.getId());
        Map<Long, ReportSummary> visibleReports = reports.summaries(linked.stream().map(TaskGroupReport::getReportId)
                .toList()).stream().collect(Collectors.toMap(ReportSummary::id, Function.identity()));
        List<GroupPage.LinkedReport> linkedReports = linked.stream()
                .filter(l -> visibleReports.containsKey(l.getReportId()))
                .map(l -> new GroupPage.LinkedReport(visibleReports.get(l.getReportId()), l.getReason(), l.getLinkedAt()))
                .toList();
        List<GroupPage.MeetingView> meetingViews = meetings.findByGroupIdOrderByMeetingDateAscIdAsc(group.getId())
                .stream().map(GroupMeetings::view).toList();
        List<ActionView> plan = actions.actionsOf(GroupRecords.owner(group));
        // The group's one history (its actions' completions are entries of it), oldest first as the page lists it.
        List<GroupPage.TimelineEntry> timeline = history.entriesOldestFirst(CaseRef.taskGroup(group.getId()))
                .stream().map(e -> new GroupPage.TimelineEntry(e.at(), e.actor(), e.code(), e.text())).toList();
        List<GroupPage.OpenStep> steps = process.openTasks(group.getReference()).stream()
                .map(t -> new GroupPage.OpenStep(t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        t.getCreateTime().toInstant(), t.getDueDate()))
                .toList();
        GroupPage.Permissions permissions = new GroupPage.Permissions(
                access.canDecide(user) && group.getStatus() == GroupStatus.PROPOSED,
                access.canSetUp(user) && group.getStatus() == GroupStatus.OPEN && group.getSetUpAt() == null,
                access.canManage(user, group) && group.getStatus().isActive());
        return new GroupPage(records.summary(group, records.labels()), group.getDecisionNote(), group.getDecidedBy(),
                group.getDecidedAt(), group.getOutcomeReason(), linkedReports, meetingViews, plan, timeline, steps,
                process.nextReviewDue(group.getReference()).orElse(null),
                process.activeActivityIds(group.getReference()), permissions);
    }

    /** The groups the signed-in user may record a site visit for at this place: working groups about it. */
    @Transactional(readOnly = true)
    public List<GroupSummary> workingGroupsAt(Long placeId) {
        return groupsAtPlace(placeId).stream()
                .filter(g -> g.status() == GroupStatus.OPEN && g.setUpAt() != null).toList();
    }

    // --- Choices for the forms ---------------------------------------------------------------------------------

    /** The officers who can lead a group. */
    @Transactional(readOnly = true)
    public List<Officer> leadCandidates() {
        return users.activeOfficers().stream()
                .map(u -> new Officer(u.username(), u.fullName(), u.agencyCode(), u.agencyName()))
                .sorted(Comparator.comparing(Officer::fullName)).toList();
    }

    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return referenceData.activeAgencies();
    }

    /** Places and (for CSU staff, who may search people) people matching the text typed. */
    @Transactional(readOnly = true)
    public List<SubjectOption> suggestSubjects(String text) {
        List<SubjectOption> options = new ArrayList<>();
        people.suggestPlaces(text).forEach(p -> options.add(GroupRecords.option(p)));
        CurrentUser user = users.requireCurrentUser();
        if (access.canSetUp(user)) {
            people.suggestPeople(text).forEach(p -> options.add(GroupRecords.option(p)));
        }
        return options;
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private record Details(String title, String lead, Set<String> members, int reviewWeeks) {
    }

    private Details checkDetails(GroupDraft draft, List<FieldError> errors) {
        String title = GroupRecords.blankToNull(draft.getTitle());
        if (title == null) {
            errors.add(new FieldError("title", "Give the group a title, e.g. the place or the issue"));
        } else if (title.length() > TaskGroupFieldLimits.TITLE) {
            errors.add(new FieldError("title", "At most " + TaskGroupFieldLimits.TITLE + " characters"));
        }
        String lead = GroupRecords.blankToNull(draft.getLeadUsername());
        if (lead == null) {
            errors.add(new FieldError("lead", "Choose the lead officer"));
        } else if (users.findByUsername(lead).isEmpty()) {
            errors.add(new FieldError("lead", "No officer " + lead));
        }
        Set<String> members = draft.getMemberAgencyCodes() == null ? Set.of() : draft.getMemberAgencyCodes();
        records.checkAgencies(members, "members", "Choose at least one member agency", 1, errors);
        int weeks = draft.getReviewIntervalWeeks() == null ? defaultReviewWeeks : draft.getReviewIntervalWeeks();
        if (weeks < TaskGroupFieldLimits.MIN_REVIEW_WEEKS || weeks > TaskGroupFieldLimits.MAX_REVIEW_WEEKS) {
            errors.add(new FieldError("reviewIntervalWeeks", "Between " + TaskGroupFieldLimits.MIN_REVIEW_WEEKS
                    + " and " + TaskGroupFieldLimits.MAX_REVIEW_WEEKS + " weeks"));
        }
        return new Details(title, lead, new java.util.TreeSet<>(members), weeks);
    }

    private void checkSubject(SubjectOption subject, List<FieldError> errors) {
        if (subject == null || subject.kind() == null || subject.id() == null) {
            errors.add(new FieldError("subject", "Choose the place or person the group is about"));
        } else if (records.subjectOption(subject.subject()).isEmpty()) {
            errors.add(new FieldError("subject", "No such " + subject.kind().label().toLowerCase(Locale.UK)));
        }
    }

    private CurrentUser requireDecider() {
        CurrentUser user = users.requireCurrentUser();
        if (!access.canDecide(user)) {
            throw new AccessDeniedException("Supervisors approve or decline groups");
        }
        return user;
    }

    private static boolean contains(String label, String key) {
        return label != null && label.toLowerCase(Locale.UK).contains(key);
    }

    private static String key(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.UK);
    }


}
