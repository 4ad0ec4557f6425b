package org.csucasework.taskgroups;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionOwner;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSharing;
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
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.internal.TaskGroupReportRepository;
import org.csucasework.taskgroups.internal.TaskGroupRepository;
import org.csucasework.taskgroups.process.GroupProcess;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules every part of the Task and Finish Group capability keeps (proposals and decisions, meetings, the action
 * plan, site visits): who may see and run a group, how a group is created, linked to reports and saved, what goes
 * into its history, and how it is summarised. One place, so that the services along the process's seams
 * ({@link TaskGroupService}, {@link GroupMeetings}, {@link GroupActionPlan}, {@link TaskGroupProposals},
 * {@link SiteVisitService}) cannot drift apart.
 */
@Component
@RequiredArgsConstructor
class GroupRecords {

    /** References look like TFG-2026-0001: the year the group was proposed and a number unique across years. */
    static final String REFERENCE_FORMAT = "TFG-%d-%04d";

    private final TaskGroupRepository groups;
    private final TaskGroupReportRepository links;
    private final CaseHistory history;
    private final TaskGroupAccess access;
    private final ReportService reports;
    private final ReportSharing sharing;
    private final PeopleService people;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final GroupProcess process;
    private final AuditTrail audit;
    private final Clock clock;

    // --- Access ------------------------------------------------------------------------------------------------

    /** A group the signed-in user may see (else "not found", and the refusal audited). */
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

    /** A set-up, open group the user may run: its meetings and action plan. */
    TaskGroup requireWorkable(String reference, CurrentUser user) {
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

    boolean canManage(TaskGroup group) {
        return access.canManage(users.requireCurrentUser(), group);
    }

    static void requireStatus(TaskGroup group, GroupStatus status, String otherwise) {
        if (group.getStatus() != status) {
            throw new ConflictException(group.getReference() + " " + otherwise);
        }
    }

    static void checkVersion(TaskGroup group, Long expected) {
        if (expected != null && expected != group.getVersion()) {
            throw new ConflictException("Someone else changed " + group.getReference()
                    + " while you were working on it. Reload it and try again.");
        }
    }

    // --- Creating, linking, saving -----------------------------------------------------------------------------

    /** A new proposal, in its history and the audit trail, with its process started. */
    TaskGroup create(GroupSubject subject, String title, ProposalSource source, String reason, String lead,
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

    /** The proposed or open groups about a place or a person. */
    List<TaskGroup> activeAbout(GroupSubject subject) {
        return subject.kind() == SubjectKind.PLACE
                ? groups.findByPlaceIdAndStatusIn(subject.id(), activeStatuses())
                : groups.findByPersonIdInAndStatusIn(List.of(subject.id()), activeStatuses());
    }

    static Set<GroupStatus> activeStatuses() {
        return EnumSet.of(GroupStatus.PROPOSED, GroupStatus.OPEN);
    }

    /** Links a report once; a working group's members may then see it. */
    void link(TaskGroup group, Long reportId, String reportReference, String reason) {
        if (links.existsByGroupIdAndReportId(group.getId(), reportId)) {
            return;
        }
        links.save(new TaskGroupReport(group.getId(), reportId, reason, clock.instant(), actor()));
        event(group, "REPORT_LINKED", "Report " + reportReference + " linked: " + reason);
        reports.recordEvent(reportId, "TASK_GROUP", "Linked to Task and Finish Group " + group.getReference()
                + " (" + group.getStatus().label().toLowerCase(Locale.UK) + ")");
        if (group.isWorking()) {
            group.getMemberAgencies().forEach(agency -> sharing.shareWith(reportId, agency,
                    "Member of Task and Finish Group " + group.getReference()));
        }
    }

    void shareLinkedReports(TaskGroup group) {
        for (TaskGroupReport link : links.findByGroupIdOrderByLinkedAt(group.getId())) {
            group.getMemberAgencies().forEach(agency -> sharing.shareWith(link.getReportId(), agency,
                    "Member of Task and Finish Group " + group.getReference()));
        }
    }

    /** Every change to a group is in its history; the audit trail gets the kind, not the free text. */
    void event(TaskGroup group, String kind, String detail) {
        history.record(CaseRef.taskGroup(group.getId()), actor(), kind, detail);
        audit.changed(AuditRecordType.TASK_GROUP, group.getReference(), kind);
    }

    void save(TaskGroup group) {
        try {
            groups.saveAndFlush(group);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed " + group.getReference()
                    + " at the same time. Reload it and try again.");
        }
    }

    void checkAgencies(Collection<String> codes, String field, String missing, int atLeast, List<FieldError> errors) {
        if (codes == null || codes.size() < atLeast) {
            errors.add(new FieldError(field, missing));
            return;
        }
        codes.stream().filter(code -> referenceData.agency(code).filter(Agency::isActive).isEmpty())
                .forEach(code -> errors.add(new FieldError(field, "Unknown agency " + code)));
    }

    static ActionOwner owner(TaskGroup group) {
        return ActionOwner.taskAndFinishGroup(group.getId(), group.getReference());
    }

    // --- Names for people to read ------------------------------------------------------------------------------

    /** Subject and officer labels ("PLACE:12" -> label) are looked up once per list. */
    Map<String, String> labels() {
        return new HashMap<>();
    }

    GroupSummary summary(TaskGroup group, Map<String, String> labels) {
        String label = labels.computeIfAbsent(group.getSubjectKind() + ":" + group.subject().id(),
                key -> subjectOption(group.subject()).map(SubjectOption::label).orElse(""));
        String lead = group.getLeadUsername();
        String leadName = lead == null ? null : labels.computeIfAbsent("USER:" + lead, key -> officerName(lead));
        return new GroupSummary(group.getId(), group.getReference(), group.getTitle(), group.getSubjectKind(),
                group.subject().id(), label, group.getStatus(), lead, leadName,
                List.copyOf(new TreeSet<>(group.getMemberAgencies())), group.getProposalSource(),
                group.getProposedAt(), group.getProposedBy(), group.getProposalReason(), group.getSetUpAt(),
                group.getOutcome(), group.getClosedAt(), group.getReviewIntervalWeeks(), group.getVersion());
    }

    @Transactional(readOnly = true)
    Optional<SubjectOption> subjectOption(GroupSubject subject) {
        return subject.kind() == SubjectKind.PLACE ? people.place(subject.id()).map(GroupRecords::option)
                : people.person(subject.id()).map(GroupRecords::option);
    }

    String defaultTitle(GroupSubject subject) {
        return subjectOption(subject).map(SubjectOption::label).orElse(subject.kind().label());
    }

    String officerName(String username) {
        return users.findByUsername(username).map(CurrentUser::fullName).orElse(username);
    }

    /** Agencies by name, in a stable order, for the history ("Kent Police, Sevenoaks District Council"). */
    String agencyNames(Collection<String> codes) {
        return String.join(", ", new TreeSet<>(codes).stream()
                .map(code -> referenceData.agency(code).map(Agency::getName).orElse(code)).toList());
    }

    static SubjectOption option(Place place) {
        return new SubjectOption(SubjectKind.PLACE, place.getId(), place.getLabel());
    }

    static SubjectOption option(Person person) {
        return new SubjectOption(SubjectKind.PERSON, person.getId(), person.getFullName()
                + (person.getDateOfBirth() == null ? "" : " (born " + UkDates.day(person.getDateOfBirth()) + ")"));
    }

    String actor() {
        return users.currentUser().map(CurrentUser::username).orElse("system");
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(GroupProcess.ZONE));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
