package org.csucasework.taskgroups;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportLogged;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.intake.TaskAndFinishSubjects;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.Place;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.taskgroups.internal.TaskGroupMeetingRepository;
import org.csucasework.taskgroups.internal.TaskGroupReportRepository;
import org.csucasework.taskgroups.internal.TaskGroupRepository;
import org.csucasework.taskgroups.process.GroupProcess;
import org.csucasework.tasking.ActionOwner;
import org.csucasework.tasking.ActionService;
import org.csucasework.tasking.ActionStatus;
import org.csucasework.tasking.ActionView;
import org.csucasework.tasking.NewAction;
import org.csucasework.tasking.Referral;
import org.csucasework.tasking.ReportReferred;
import org.csucasework.tasking.TaskingMeetingService;
import org.csucasework.shared.ui.UkDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task and Finish Groups from proposal to closure, always as the signed-in user and within what they may see
 * ({@link TaskGroupAccess}). Proposals come from the repeat threshold and tasking referrals (through
 * {@link TaskGroupProposals}), from a report or by hand; each starts the group's process, which this service moves on
 * through {@link GroupProcess}. The action plan's actions are ordinary actions of the tasking module.
 */
@Service
public class TaskGroupService {

    /** References look like TFG-2026-0001: the year the group was proposed and a number unique across years. */
    static final String REFERENCE_FORMAT = "TFG-%d-%04d";
    static final int LIST_LIMIT = 500;

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
    private final TaskingMeetingService tasking;
    private final GroupProcess process;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultReviewWeeks;

    TaskGroupService(TaskGroupRepository groups, TaskGroupReportRepository links, CaseHistory history,
                     TaskGroupMeetingRepository meetings, TaskGroupAccess access, ReportService reports,
                     PeopleService people, ReferenceDataService referenceData, UserService users,
                     ActionService actions, TaskingMeetingService tasking, GroupProcess process, AuditTrail audit,
                     Clock clock,
                     @Value("${casework.task-groups.default-review-weeks:4}") int defaultReviewWeeks) {
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
        this.tasking = tasking;
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
                people.person(personId).ifPresent(p -> draft.setSubject(option(p)));
            }
        } else if (placeId != null) {
            people.place(placeId).ifPresent(p -> draft.setSubject(option(p)));
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
        String reason = blankToNull(draft.getReason());
        if (reason == null) {
            errors.add(new FieldError("reason", "Say why the partnership needs a group"));
        } else if (reason.length() > TaskGroupFieldLimits.REASON) {
            errors.add(new FieldError("reason", "At most " + TaskGroupFieldLimits.REASON + " characters"));
        }
        Report report = null;
        if (blankToNull(draft.getReportReference()) != null) {
            try {
                report = reports.requireReadable(draft.getReportReference().trim());
            } catch (NotFoundException e) {
                errors.add(new FieldError("reportReference", "No report " + draft.getReportReference().trim()));
            }
        }
        if (draft.getSubject() != null && errors.stream().noneMatch(e -> e.field().equals("subject"))) {
            activeAbout(draft.getSubject().subject()).stream().findFirst().ifPresent(existing ->
                    errors.add(new FieldError("subject", existing.getReference() + " is already "
                            + existing.getStatus().label().toLowerCase(Locale.UK) + " for "
                            + draft.getSubject().label() + ": link the report to it instead")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ProposalSource source = report == null ? ProposalSource.BY_HAND : ProposalSource.REPORT;
        TaskGroup group = create(draft.getSubject().subject(), details.title(), source, reason,
                details.lead(), details.members(), details.reviewWeeks(), user.username());
        if (report != null) {
            link(group, report.getId(), report.getReference(), "Proposed from this report");
        }
        return summary(group, labels());
    }

    /**
     * On a new report: links it to the groups proposed or open about its place or people; and when it reached the
     * Task and Finish threshold and the partnership has no such group yet, proposes one about the subject that
     * reached it (its place first, else the first person). Runs inside the logging transaction.
     */
    @Transactional
    void reportLogged(ReportLogged logged) {
        List<TaskGroup> active = new ArrayList<>();
        if (logged.placeId() != null) {
            active.addAll(activeAbout(GroupSubject.place(logged.placeId())));
        }
        if (!logged.subjectPersonIds().isEmpty()) {
            active.addAll(groups.findByPersonIdInAndStatusIn(logged.subjectPersonIds(), activeStatuses()));
        }
        for (TaskGroup group : active) {
            link(group, logged.reportId(), logged.reference(), "New report about the group's "
                    + group.getSubjectKind().label().toLowerCase(Locale.UK));
        }
        if (!logged.taskAndFinishSuggested() || !active.isEmpty()) {
            return;
        }
        TaskAndFinishSubjects reached = reports.taskAndFinishSubjects(logged.reportId());
        Optional<GroupSubject> subject = reached.placeId() != null ? Optional.of(GroupSubject.place(reached.placeId()))
                : reached.personIds().stream().findFirst().map(GroupSubject::person);
        subject.ifPresent(s -> {
            TaskGroup group = create(s, defaultTitle(s), ProposalSource.AUTOMATIC, "Report " + logged.reference()
                    + " reached the Task and Finish threshold: repeated reports about this "
                    + s.kind().label().toLowerCase(Locale.UK) + " within the repeat window.", null, Set.of(),
                    defaultReviewWeeks, "system");
            link(group, logged.reportId(), logged.reference(), "Reached the Task and Finish threshold");
        });
    }

    /**
     * The daily tasking referred a report to a Task and Finish Group: links it to the group proposed or open about
     * the person named (or the report's place), or proposes one with the referral's reason.
     */
    @Transactional
    void referred(ReportReferred referred) {
        Report report = reports.requireReadable(referred.reportId());
        GroupSubject subject = referred.personId() != null ? GroupSubject.person(referred.personId())
                : report.getPlaceId() != null ? GroupSubject.place(report.getPlaceId()) : null;
        if (subject == null) {
            throw ValidationException.of("referralKind", "The report has no place or person for a group to be about");
        }
        String reason = tasking.referralsOfReport(report.getId()).stream()
                .filter(r -> r.getId().equals(referred.referralId())).map(Referral::getReason).findFirst()
                .orElse("Referred by the daily tasking");
        Optional<TaskGroup> existing = activeAbout(subject).stream().findFirst();
        if (existing.isPresent()) {
            link(existing.get(), report.getId(), report.getReference(), "Referred by the daily tasking");
            event(existing.get(), "REFERRED", "Report " + report.getReference() + " referred by the daily tasking: "
                    + reason);
            return;
        }
        TaskGroup group = create(subject, defaultTitle(subject), ProposalSource.TASKING_REFERRAL, reason, null,
                Set.of(), defaultReviewWeeks, actor());
        link(group, report.getId(), report.getReference(), "Referred by the daily tasking");
    }

    private TaskGroup create(GroupSubject subject, String title, ProposalSource source, String reason, String lead,
                             Set<String> members, int reviewWeeks, String proposedBy) {
        Instant now = clock.instant();
        String reference = String.format(REFERENCE_FORMAT, now.atZone(GroupProcess.ZONE).getYear(),
                groups.nextGroupNumber());
        TaskGroup group = groups.saveAndFlush(new TaskGroup(reference, subject, title, source, reason, lead, members,
                reviewWeeks, now, proposedBy));
        history.record(CaseRef.taskGroup(group.getId()), proposedBy, "PROPOSED", source.label() + ": " + reason);
        audit.created(AuditRecordType.TASK_GROUP, group.getReference(), source.label());
        process.start(reference, group.getId());
        return group;
    }

    // --- Decision ----------------------------------------------------------------------------------------------

    /** Proposals waiting for a supervisor's decision, oldest first. */
    @Transactional(readOnly = true)
    public List<GroupSummary> approvalQueue() {
        requireDecider();
        Map<String, String> labels = labels();
        return groups.findByStatusOrderByProposedAt(GroupStatus.PROPOSED).stream().map(g -> summary(g, labels))
                .toList();
    }

    /** A supervisor approves a proposal; the group is then set up (lead, members, first meeting). */
    @Transactional
    public GroupSummary approve(String reference, String note) {
        CurrentUser user = requireDecider();
        TaskGroup group = requireVisible(reference);
        requireStatus(group, GroupStatus.PROPOSED, "is no longer waiting for a decision");
        group.approve(blankToNull(note), clock.instant(), user.username());
        save(group);
        event(group, "APPROVED", "Approved by " + user.fullName() + (blankToNull(note) == null ? "" : ": " + note.trim()));
        process.approve(reference);
        return summary(group, labels());
    }

    /** A supervisor declines a proposal, with the reason. */
    @Transactional
    public GroupSummary decline(String reference, String reason) {
        CurrentUser user = requireDecider();
        TaskGroup group = requireVisible(reference);
        requireStatus(group, GroupStatus.PROPOSED, "is no longer waiting for a decision");
        if (blankToNull(reason) == null) {
            throw ValidationException.of("reason", "Give the reason for declining the group");
        }
        if (reason.trim().length() > TaskGroupFieldLimits.REASON) {
            throw ValidationException.of("reason", "At most " + TaskGroupFieldLimits.REASON + " characters");
        }
        group.decline(reason.trim(), clock.instant(), user.username());
        save(group);
        event(group, "DECLINED", "Declined by " + user.fullName() + ": " + reason.trim());
        process.decline(reference);
        return summary(group, labels());
    }

    // --- Set-up and changes ------------------------------------------------------------------------------------

    /** The group as a draft for its form: to set it up after approval, or to change it. */
    @Transactional(readOnly = true)
    public GroupDraft draftOf(String reference) {
        TaskGroup group = requireVisible(reference);
        GroupDraft draft = new GroupDraft();
        draft.setReference(group.getReference());
        draft.setVersion(group.getVersion());
        draft.setSubject(subjectOption(group.subject()).orElse(null));
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
        TaskGroup group = requireVisible(draft.getReference());
        if (!access.canSetUp(user)) {
            throw new AccessDeniedException("CSU caseworkers and supervisors set groups up");
        }
        if (group.getStatus() != GroupStatus.OPEN || group.getSetUpAt() != null) {
            throw new ConflictException(group.getReference() + (group.getStatus() == GroupStatus.PROPOSED
                    ? " is waiting for a supervisor's approval" : " is not waiting to be set up"));
        }
        checkVersion(group, draft.getVersion());
        List<FieldError> errors = new ArrayList<>();
        Details details = checkDetails(draft, errors);
        LocalDate first = draft.getFirstMeetingDate();
        if (first == null) {
            errors.add(new FieldError("firstMeetingDate", "Choose the date of the first meeting"));
        } else if (first.isBefore(today())) {
            errors.add(new FieldError("firstMeetingDate", "The first meeting cannot be in the past"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        group.changeDetails(details.title(), details.lead(), details.members(), details.reviewWeeks());
        group.markSetUp(clock.instant(), user.username());
        save(group);
        meetings.save(new TaskGroupMeeting(group.getId(), first, MeetingKind.FIRST, clock.instant(), user.username()));
        event(group, "SET_UP", "Set up: led by " + officerName(details.lead()) + "; members "
                + String.join(", ", details.members()) + "; first meeting " + first + "; reviews every "
                + details.reviewWeeks() + " weeks");
        shareLinkedReports(group);
        process.setUp(group.getReference(), details.lead(), details.reviewWeeks(), first);
        return summary(group, labels());
    }

    /**
     * Changes a proposed or open group's title, lead, members and review cycle. A stale version gives a
     * {@link ConflictException}; the subject stays what it was proposed about.
     */
    @Transactional
    public GroupSummary update(GroupDraft draft) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = requireVisible(draft.getReference());
        if (!access.canManage(user, group)) {
            throw new AccessDeniedException("Only the lead and CSU staff change a group");
        }
        if (!group.getStatus().isActive()) {
            throw new ConflictException(group.getReference() + " is " + group.getStatus().label().toLowerCase(Locale.UK)
                    + " and can no longer be changed");
        }
        checkVersion(group, draft.getVersion());
        List<FieldError> errors = new ArrayList<>();
        Details details = checkDetails(draft, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String oldLead = group.getLeadUsername();
        int oldWeeks = group.getReviewIntervalWeeks();
        Set<String> oldMembers = group.getMemberAgencies();
        group.changeDetails(details.title(), details.lead(), details.members(), details.reviewWeeks());
        save(group);
        List<String> changes = new ArrayList<>();
        if (!details.lead().equals(oldLead)) {
            changes.add("lead now " + officerName(details.lead()));
        }
        if (!details.members().equals(oldMembers)) {
            changes.add("members now " + String.join(", ", details.members()));
        }
        if (details.reviewWeeks() != oldWeeks) {
            changes.add("reviews every " + details.reviewWeeks() + " weeks from the next cycle");
        }
        event(group, "CHANGED", changes.isEmpty() ? "Details changed" : "Changed: " + String.join("; ", changes));
        if (group.isWorking()) {
            shareLinkedReports(group);
            if (!details.lead().equals(oldLead)) {
                process.changeLead(group.getReference(), details.lead());
            }
            if (details.reviewWeeks() != oldWeeks) {
                process.changeReviewInterval(group.getReference(), details.reviewWeeks());
            }
        }
        return summary(group, labels());
    }

    // --- Meetings ----------------------------------------------------------------------------------------------

    /** Schedules a further meeting of a working group. */
    @Transactional
    public GroupPage.MeetingView scheduleMeeting(String reference, LocalDate date) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = requireWorkable(reference, user);
        if (date == null) {
            throw ValidationException.of("date", "Choose the meeting's date");
        }
        if (date.isBefore(today())) {
            throw ValidationException.of("date", "A meeting cannot be scheduled in the past");
        }
        MeetingKind kind = meetings.countByGroupIdAndStatus(group.getId(), MeetingStatus.HELD) == 0
                ? MeetingKind.FIRST : MeetingKind.REVIEW;
        TaskGroupMeeting meeting = meetings.save(new TaskGroupMeeting(group.getId(), date, kind, clock.instant(),
                user.username()));
        event(group, "MEETING_SCHEDULED", kind.label() + " scheduled for " + UkDates.weekday(date));
        return view(meeting);
    }

    /**
     * Records a meeting held: the day, the agencies attending and the minutes (all required). The first meeting
     * held completes "Hold the first meeting"; later ones complete a due review or start a new review cycle.
     */
    @Transactional
    public GroupPage.MeetingView recordMeeting(String reference, MeetingRecord record) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = requireWorkable(reference, user);
        List<FieldError> errors = new ArrayList<>();
        if (record.date() == null) {
            errors.add(new FieldError("date", "Choose the day the meeting was held"));
        } else if (record.date().isAfter(today())) {
            errors.add(new FieldError("date", "A meeting is recorded once it has been held: the date cannot be in the future"));
        }
        checkAgencies(record.attendingAgencies(), "attendingAgencies", "Tick the agencies that attended", 1, errors);
        String minutes = blankToNull(record.minutes());
        if (minutes == null) {
            errors.add(new FieldError("minutes", "Write the minutes: what was discussed and agreed"));
        } else if (minutes.length() > TaskGroupFieldLimits.MINUTES) {
            errors.add(new FieldError("minutes", "At most " + TaskGroupFieldLimits.MINUTES + " characters"));
        }
        TaskGroupMeeting meeting = null;
        if (record.meetingId() != null) {
            meeting = meetings.findById(record.meetingId()).filter(m -> m.getGroupId().equals(group.getId()))
                    .orElse(null);
            if (meeting == null || meeting.getStatus() == MeetingStatus.HELD) {
                errors.add(new FieldError("meetingId", "Choose a scheduled meeting of this group"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        MeetingKind kind = meetings.countByGroupIdAndStatus(group.getId(), MeetingStatus.HELD) == 0
                ? MeetingKind.FIRST : MeetingKind.REVIEW;
        if (meeting == null) {
            meeting = new TaskGroupMeeting(group.getId(), record.date(), kind, clock.instant(), user.username());
        }
        meeting.held(record.date(), kind, record.attendingAgencies(), minutes, clock.instant(), user.username());
        meetings.saveAndFlush(meeting);
        event(group, "MEETING_HELD", kind.label() + " held on " + record.date() + " with "
                + String.join(", ", new java.util.TreeSet<>(record.attendingAgencies())));
        process.meetingHeld(group.getReference());
        return view(meeting);
    }

    /** Called by the process when a review falls due: the timeline shows it; the lead's task is on the group page. */
    @Transactional
    public void reviewDue(Long groupId) {
        groups.findById(groupId).ifPresent(group -> event(group, "REVIEW_DUE",
                "Review due: hold a review meeting or close the group"));
    }

    // --- Action plan -------------------------------------------------------------------------------------------

    /**
     * Adds an action to a working group's action plan: an ordinary action for the agency, due on a day, that shows in
     * "My actions" and on the tasking agenda and is chased by a supervisor when overdue. {@code fieldPrefix} names
     * fields in a batch (e.g. {@code actions[0].}).
     */
    @Transactional
    public ActionView addAction(String reference, NewAction action, String fieldPrefix) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = requireWorkable(reference, user);
        ActionView added = actions.assign(owner(group), action, fieldPrefix == null ? "" : fieldPrefix);
        event(group, "ACTION_ASSIGNED", "Action for " + referenceData.agency(added.agencyCode()).map(Agency::getName)
                .orElse(added.agencyCode()) + " due " + UkDates.day(added.dueDate()) + ": "
                + added.description());
        return added;
    }

    @Transactional
    public ActionView addAction(String reference, NewAction action) {
        return addAction(reference, action, "");
    }

    /** Completes an action of the group's plan, as its agency or CSU staff would in "My actions". */
    @Transactional
    public ActionView completeAction(String reference, Long actionId, String outcome) {
        TaskGroup group = requireVisible(reference);
        requireOwnAction(group, actionId);
        return actions.complete(actionId, outcome);
    }

    /** Cancels an open action of the group's plan with the reason, e.g. handed on elsewhere (CSU staff). */
    @Transactional
    public ActionView cancelAction(String reference, Long actionId, String reason) {
        TaskGroup group = requireVisible(reference);
        requireOwnAction(group, actionId);
        return actions.cancel(actionId, reason);
    }

    private void requireOwnAction(TaskGroup group, Long actionId) {
        if (actions.actionsOf(owner(group)).stream().noneMatch(a -> a.id().equals(actionId))) {
            throw new NotFoundException("No action " + actionId + " in " + group.getReference());
        }
    }

    // --- Closing -----------------------------------------------------------------------------------------------

    /**
     * Closes an open group with an outcome and a reason. Refused while actions of its action plan are open: they are
     * to be completed, cancelled or handed on first.
     */
    @Transactional
    public GroupSummary close(String reference, CloseGroup close) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = requireVisible(reference);
        if (!access.canManage(user, group)) {
            throw new AccessDeniedException("Only the lead and CSU staff close a group");
        }
        requireStatus(group, GroupStatus.OPEN, group.getStatus() == GroupStatus.PROPOSED
                ? "is waiting for a supervisor's decision: decline it instead" : "is not open");
        checkVersion(group, close.expectedVersion());
        List<FieldError> errors = new ArrayList<>();
        if (close.outcome() == null) {
            errors.add(new FieldError("outcome", "Choose the outcome"));
        }
        String reason = blankToNull(close.reason());
        if (reason == null) {
            errors.add(new FieldError("reason", "Give the reason for closing the group"));
        } else if (reason.length() > TaskGroupFieldLimits.REASON) {
            errors.add(new FieldError("reason", "At most " + TaskGroupFieldLimits.REASON + " characters"));
        }
        long open = actions.openActionsOf(owner(group));
        if (open > 0) {
            errors.add(new FieldError("actions", open + (open == 1 ? " action of the action plan is" : " actions of the action plan are")
                    + " still open: reassign or close them (complete or cancel) before closing the group"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        group.close(close.outcome(), reason, clock.instant(), user.username());
        save(group);
        event(group, "CLOSED", "Closed: " + close.outcome().label() + " - " + reason);
        process.close(group.getReference());
        return summary(group, labels());
    }

    // --- Linked reports ----------------------------------------------------------------------------------------

    /** Links a report to a proposed or open group (shared with the members of a working group). */
    @Transactional
    public void linkReport(String reference, String reportReference) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = requireVisible(reference);
        if (!access.canManage(user, group)) {
            throw new AccessDeniedException("Only the lead and CSU staff link reports to a group");
        }
        if (!group.getStatus().isActive()) {
            throw new ConflictException(group.getReference() + " is " + group.getStatus().label().toLowerCase(Locale.UK));
        }
        if (blankToNull(reportReference) == null) {
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
        link(group, report.getId(), report.getReference(), "Linked by hand");
    }

    // --- Queries -----------------------------------------------------------------------------------------------

    /** The groups the signed-in user may see, filtered, newest proposal first. */
    @Transactional(readOnly = true)
    public List<GroupSummary> list(GroupFilter filter) {
        CurrentUser user = users.requireCurrentUser();
        Set<GroupStatus> statuses = filter.statuses().isEmpty() ? EnumSet.allOf(GroupStatus.class)
                : EnumSet.copyOf(filter.statuses());
        Map<String, String> labels = labels();
        String place = key(filter.placeText());
        String person = key(filter.personText());
        String lead = blankToNull(filter.leadUsername());
        String agency = blankToNull(filter.agencyCode());
        return groups.findByStatuses(statuses, PageRequest.of(0, LIST_LIMIT)).stream()
                .filter(g -> access.canSee(user, g))
                .filter(g -> lead == null || lead.equals(g.getLeadUsername()))
                .filter(g -> agency == null || g.getMemberAgencies().contains(agency))
                .map(g -> summary(g, labels))
                .filter(s -> place == null || (s.subjectKind() == SubjectKind.PLACE && contains(s.subjectLabel(), place)))
                .filter(s -> person == null || (s.subjectKind() == SubjectKind.PERSON && contains(s.subjectLabel(), person)))
                .toList();
    }

    /** The groups about a place that the signed-in user may see, newest first. */
    @Transactional(readOnly = true)
    public List<GroupSummary> groupsAtPlace(Long placeId) {
        CurrentUser user = users.requireCurrentUser();
        Map<String, String> labels = labels();
        return groups.findByPlaceIdOrderByProposedAtDesc(placeId).stream().filter(g -> access.canSee(user, g))
                .map(g -> summary(g, labels)).toList();
    }

    @Transactional(readOnly = true)
    public GroupSummary summary(String reference) {
        return summary(requireVisible(reference), labels());
    }

    /** Everything the group's page shows, for a user who may see the group. */
    @Transactional(readOnly = true)
    public GroupPage page(String reference) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = requireVisible(reference);
        audit.viewed(AuditRecordType.TASK_GROUP, group.getReference());
        List<TaskGroupReport> linked = links.findByGroupIdOrderByLinkedAt(group.getId());
        Map<Long, ReportSummary> visibleReports = reports.summaries(linked.stream().map(TaskGroupReport::getReportId)
                .toList()).stream().collect(Collectors.toMap(ReportSummary::id, Function.identity()));
        List<GroupPage.LinkedReport> linkedReports = linked.stream()
                .filter(l -> visibleReports.containsKey(l.getReportId()))
                .map(l -> new GroupPage.LinkedReport(visibleReports.get(l.getReportId()), l.getReason(), l.getLinkedAt()))
                .toList();
        List<GroupPage.MeetingView> meetingViews = meetings.findByGroupIdOrderByMeetingDateAscIdAsc(group.getId())
                .stream().map(TaskGroupService::view).toList();
        List<ActionView> plan = actions.actionsOf(owner(group));
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
        return new GroupPage(summary(group, labels()), group.getDecisionNote(), group.getDecidedBy(),
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
        people.suggestPlaces(text).forEach(p -> options.add(option(p)));
        CurrentUser user = users.requireCurrentUser();
        if (access.canSetUp(user)) {
            people.suggestPeople(text).forEach(p -> options.add(option(p)));
        }
        return options;
    }

    @Transactional(readOnly = true)
    Optional<SubjectOption> subjectOption(GroupSubject subject) {
        return subject.kind() == SubjectKind.PLACE ? people.place(subject.id()).map(TaskGroupService::option)
                : people.person(subject.id()).map(TaskGroupService::option);
    }

    // --- For the site visits -----------------------------------------------------------------------------------

    /** A group the signed-in user may see (else "not found"). */
    @Transactional(readOnly = true)
    TaskGroup requireVisible(String reference) {
        CurrentUser user = users.requireCurrentUser();
        Optional<TaskGroup> group = Optional.ofNullable(reference).flatMap(groups::findByReference);
        if (group.isPresent() && !access.canSee(user, group.get())) {
            audit.refused(AuditRecordType.TASK_GROUP, reference, "Not a group " + user.agencyCode() + " may see");
        }
        return group.filter(g -> access.canSee(user, g))
                .orElseThrow(() -> new NotFoundException("No group " + reference));
    }

    boolean canManage(TaskGroup group) {
        return access.canManage(users.requireCurrentUser(), group);
    }

    void recordEvent(TaskGroup group, String kind, String detail) {
        event(group, kind, detail);
    }

    static ActionOwner owner(TaskGroup group) {
        return ActionOwner.taskAndFinishGroup(group.getId(), group.getReference());
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private record Details(String title, String lead, Set<String> members, int reviewWeeks) {
    }

    private Details checkDetails(GroupDraft draft, List<FieldError> errors) {
        String title = blankToNull(draft.getTitle());
        if (title == null) {
            errors.add(new FieldError("title", "Give the group a title, e.g. the place or the issue"));
        } else if (title.length() > TaskGroupFieldLimits.TITLE) {
            errors.add(new FieldError("title", "At most " + TaskGroupFieldLimits.TITLE + " characters"));
        }
        String lead = blankToNull(draft.getLeadUsername());
        if (lead == null) {
            errors.add(new FieldError("lead", "Choose the lead officer"));
        } else if (users.findByUsername(lead).isEmpty()) {
            errors.add(new FieldError("lead", "No officer " + lead));
        }
        Set<String> members = draft.getMemberAgencyCodes() == null ? Set.of() : draft.getMemberAgencyCodes();
        checkAgencies(members, "members", "Choose at least one member agency", 1, errors);
        int weeks = draft.getReviewIntervalWeeks() == null ? defaultReviewWeeks : draft.getReviewIntervalWeeks();
        if (weeks < TaskGroupFieldLimits.MIN_REVIEW_WEEKS || weeks > TaskGroupFieldLimits.MAX_REVIEW_WEEKS) {
            errors.add(new FieldError("reviewIntervalWeeks", "Between " + TaskGroupFieldLimits.MIN_REVIEW_WEEKS
                    + " and " + TaskGroupFieldLimits.MAX_REVIEW_WEEKS + " weeks"));
        }
        return new Details(title, lead, new java.util.TreeSet<>(members), weeks);
    }

    void checkAgencies(Collection<String> codes, String field, String missing, int atLeast, List<FieldError> errors) {
        if (codes == null || codes.size() < atLeast) {
            errors.add(new FieldError(field, missing));
            return;
        }
        codes.stream().filter(code -> referenceData.agency(code).filter(Agency::isActive).isEmpty())
                .forEach(code -> errors.add(new FieldError(field, "Unknown agency " + code)));
    }

    private void checkSubject(SubjectOption subject, List<FieldError> errors) {
        if (subject == null || subject.kind() == null || subject.id() == null) {
            errors.add(new FieldError("subject", "Choose the place or person the group is about"));
        } else if (subjectOption(subject.subject()).isEmpty()) {
            errors.add(new FieldError("subject", "No such " + subject.kind().label().toLowerCase(Locale.UK)));
        }
    }

    private List<TaskGroup> activeAbout(GroupSubject subject) {
        return subject.kind() == SubjectKind.PLACE
                ? groups.findByPlaceIdAndStatusIn(subject.id(), activeStatuses())
                : groups.findByPersonIdInAndStatusIn(List.of(subject.id()), activeStatuses());
    }

    private static Set<GroupStatus> activeStatuses() {
        return EnumSet.of(GroupStatus.PROPOSED, GroupStatus.OPEN);
    }

    private void link(TaskGroup group, Long reportId, String reportReference, String reason) {
        if (links.existsByGroupIdAndReportId(group.getId(), reportId)) {
            return;
        }
        links.save(new TaskGroupReport(group.getId(), reportId, reason, clock.instant(), actor()));
        event(group, "REPORT_LINKED", "Report " + reportReference + " linked: " + reason);
        reports.recordEvent(reportId, "TASK_GROUP", "Linked to Task and Finish Group " + group.getReference()
                + " (" + group.getStatus().label().toLowerCase(Locale.UK) + ")");
        if (group.isWorking()) {
            group.getMemberAgencies().forEach(agency -> reports.shareWith(reportId, agency,
                    "Member of Task and Finish Group " + group.getReference()));
        }
    }

    private void shareLinkedReports(TaskGroup group) {
        for (TaskGroupReport link : links.findByGroupIdOrderByLinkedAt(group.getId())) {
            group.getMemberAgencies().forEach(agency -> reports.shareWith(link.getReportId(), agency,
                    "Member of Task and Finish Group " + group.getReference()));
        }
    }

    private void event(TaskGroup group, String kind, String detail) {
        history.record(CaseRef.taskGroup(group.getId()), actor(), kind, detail);
        // Every change to a group is in its event list; the audit trail gets the kind, not the free text.
        audit.changed(AuditRecordType.TASK_GROUP, group.getReference(), kind);
    }

    private TaskGroup requireWorkable(String reference, CurrentUser user) {
        TaskGroup group = requireVisible(reference);
        if (!access.canManage(user, group)) {
            throw new AccessDeniedException("Only the lead and CSU staff run the group's meetings and action plan");
        }
        if (!group.isWorking()) {
            throw new ConflictException(group.getReference() + (group.getStatus() == GroupStatus.OPEN
                    ? " is not set up yet: set it up first" : " is " + group.getStatus().label().toLowerCase(Locale.UK)));
        }
        return group;
    }

    private CurrentUser requireDecider() {
        CurrentUser user = users.requireCurrentUser();
        if (!access.canDecide(user)) {
            throw new AccessDeniedException("Supervisors approve or decline groups");
        }
        return user;
    }

    private static void requireStatus(TaskGroup group, GroupStatus status, String otherwise) {
        if (group.getStatus() != status) {
            throw new ConflictException(group.getReference() + " " + otherwise);
        }
    }

    private static void checkVersion(TaskGroup group, Long expected) {
        if (expected != null && expected != group.getVersion()) {
            throw new ConflictException("Someone else changed " + group.getReference()
                    + " while you were working on it. Reload it and try again.");
        }
    }

    private void save(TaskGroup group) {
        try {
            groups.saveAndFlush(group);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed " + group.getReference()
                    + " at the same time. Reload it and try again.");
        }
    }

    private String defaultTitle(GroupSubject subject) {
        return subjectOption(subject).map(SubjectOption::label).orElse(subject.kind().label());
    }

    /** Subject labels ("PLACE:12" -> label) are looked up once per list. */
    private Map<String, String> labels() {
        return new HashMap<>();
    }

    GroupSummary summary(TaskGroup group, Map<String, String> labels) {
        String label = labels.computeIfAbsent(group.getSubjectKind() + ":" + group.subject().id(),
                key -> subjectOption(group.subject()).map(SubjectOption::label).orElse(""));
        String lead = group.getLeadUsername();
        String leadName = lead == null ? null : labels.computeIfAbsent("USER:" + lead, key -> officerName(lead));
        return new GroupSummary(group.getId(), group.getReference(), group.getTitle(), group.getSubjectKind(),
                group.subject().id(), label, group.getStatus(), lead, leadName,
                List.copyOf(new java.util.TreeSet<>(group.getMemberAgencies())), group.getProposalSource(),
                group.getProposedAt(), group.getProposedBy(), group.getProposalReason(), group.getSetUpAt(),
                group.getOutcome(), group.getClosedAt(), group.getReviewIntervalWeeks(), group.getVersion());
    }

    private String officerName(String username) {
        return users.findByUsername(username).map(CurrentUser::fullName).orElse(username);
    }

    private static GroupPage.MeetingView view(TaskGroupMeeting m) {
        return new GroupPage.MeetingView(m.getId(), m.getMeetingDate(), m.getKind(), m.getStatus(),
                m.getAttendingAgencies(), m.getMinutes(), m.getHeldAt(), m.getRecordedBy());
    }

    private static SubjectOption option(Place place) {
        return new SubjectOption(SubjectKind.PLACE, place.getId(), place.getLabel());
    }

    private static SubjectOption option(Person person) {
        return new SubjectOption(SubjectKind.PERSON, person.getId(), person.getFullName()
                + (person.getDateOfBirth() == null ? "" : " (born " + person.getDateOfBirth() + ")"));
    }

    private String actor() {
        return users.currentUser().map(CurrentUser::username).orElse("system");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(GroupProcess.ZONE));
    }

    private static boolean contains(String label, String key) {
        return label != null && label.toLowerCase(Locale.UK).contains(key);
    }

    private static String key(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.UK);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
