package org.csucasework.taskgroups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.intake.ReportService;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Place;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.Ward;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.internal.SiteVisitRepository;
import org.csucasework.taskgroups.internal.TaskGroupRepository;
import org.csucasework.taskgroups.process.GroupProcess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnership site visits: recorded at a place, for a group when the visit was part of one (its follow-up actions
 * then join the group's action plan; without a group the follow-up is a note), and the place's page that lists them.
 * CSU staff see every visit; a partner officer those their agency took part in or that belong to a group they see.
 */
@Service
@RequiredArgsConstructor
public class SiteVisitService {

    private final SiteVisitRepository visits;
    private final TaskGroupRepository groupRepository;
    private final TaskGroupService groups;
    private final GroupRecords records;
    private final GroupActionPlan actionPlan;
    private final TaskGroupAccess access;
    private final ActionService actions;
    private final PeopleService people;
    private final ReportService reports;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * Records a visit. Every problem with the visit itself is reported at once, at its field; a problem with a
     * follow-up action at that action's fields ({@code actions[0].dueDate}). Nothing is saved unless all is well.
     */
    @Transactional
    public SiteVisitView record(NewSiteVisit visit) {
        CurrentUser user = users.requireCurrentUser();
        if (!user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER)) {
            throw new AccessDeniedException("CSU staff and partner officers record site visits");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<Place> place = Optional.ofNullable(visit.placeId()).flatMap(people::place);
        if (place.isEmpty()) {
            errors.add(new FieldError("place", "Choose the place visited"));
        }
        if (visit.visitDate() == null) {
            errors.add(new FieldError("visitDate", "Choose the day of the visit"));
        } else if (visit.visitDate().isAfter(today())) {
            errors.add(new FieldError("visitDate", "A visit is recorded once it has happened: the date cannot be in the future"));
        }
        records.checkAgencies(visit.agencyCodes(), "agencies",
                "Tick the agencies present: a partnership site visit has at least two", 2, errors);
        String findings = blankToNull(visit.findings());
        if (findings == null) {
            errors.add(new FieldError("findings", "Write what the visit found"));
        } else if (findings.length() > TaskGroupFieldLimits.FINDINGS) {
            errors.add(new FieldError("findings", "At most " + TaskGroupFieldLimits.FINDINGS + " characters"));
        }
        String followUp = blankToNull(visit.followUp());
        if (followUp != null && followUp.length() > TaskGroupFieldLimits.FOLLOW_UP) {
            errors.add(new FieldError("followUp", "At most " + TaskGroupFieldLimits.FOLLOW_UP + " characters"));
        }
        TaskGroup group = null;
        if (blankToNull(visit.groupReference()) != null) {
            try {
                group = records.requireVisible(visit.groupReference().trim());
            } catch (NotFoundException e) {
                errors.add(new FieldError("group", "No group " + visit.groupReference().trim()));
            }
        }
        if (group != null) {
            if (!group.isWorking()) {
                errors.add(new FieldError("group", group.getReference() + " is not an open, set-up group"));
            } else if (group.getSubjectKind() == SubjectKind.PLACE && place.isPresent()
                    && !group.getPlaceId().equals(place.get().getId())) {
                errors.add(new FieldError("group", group.getReference() + " is about another place"));
            }
            if (!visit.actions().isEmpty() && !records.canManage(group)) {
                errors.add(new FieldError("actions", "Only the group's lead and CSU staff add to its action plan: "
                        + "write the follow-up as a note"));
            }
        } else if (!visit.actions().isEmpty()) {
            errors.add(new FieldError("actions", "Follow-up actions belong to a group's action plan: choose the group, "
                    + "or write the follow-up as a note"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        SiteVisit saved = visits.saveAndFlush(new SiteVisit(place.get().getId(), group == null ? null : group.getId(),
                visit.visitDate(), visit.agencyCodes(), findings, followUp, clock.instant(), user.username()));
        if (group != null) {
            records.event(group, "SITE_VISIT", "Partnership site visit on " + UkDates.day(visit.visitDate()) + " to "
                    + place.get().getLabel() + " with " + String.join(", ", saved.getAgencies().stream()
                    .map(code -> referenceData.agency(code).map(Agency::getName).orElse(code)).toList()));
            for (int i = 0; i < visit.actions().size(); i++) {
                ActionView action = actionPlan.add(group.getReference(), visit.actions().get(i), "actions[" + i + "].");
                saved.addAction(action.id());
            }
            visits.saveAndFlush(saved);
        }
        return view(saved, new HashMap<>());
    }

    /** The visits to a place that the signed-in user may see, newest first. */
    @Transactional(readOnly = true)
    public List<SiteVisitView> visitsAt(Long placeId) {
        CurrentUser user = users.requireCurrentUser();
        Map<Long, Optional<TaskGroup>> groupCache = new HashMap<>();
        return visits.findByPlaceIdOrderByVisitDateDescIdDesc(placeId).stream()
                .filter(v -> canSee(user, v, groupCache))
                .map(v -> view(v, groupCache)).toList();
    }

    /** The visits made for a group the signed-in user may see, newest first. */
    @Transactional(readOnly = true)
    public List<SiteVisitView> visitsOf(String groupReference) {
        TaskGroup group = records.requireVisible(groupReference);
        Map<Long, Optional<TaskGroup>> groupCache = new HashMap<>();
        groupCache.put(group.getId(), Optional.of(group));
        return visits.findByGroupIdOrderByVisitDateDescIdDesc(group.getId()).stream()
                .map(v -> view(v, groupCache)).toList();
    }

    /**
     * The place's page, with what hangs off it as far as the user may see it. CSU staff see any place; a partner
     * officer only a place where they see a report, a group or a visit: otherwise "not found", so that guessing ids
     * reveals no addresses from other agencies' cases.
     */
    @Transactional(readOnly = true)
    public PlacePage placePage(Long placeId) {
        CurrentUser user = users.requireCurrentUser();
        Place place = people.place(placeId).orElseThrow(() -> new NotFoundException("No place " + placeId));
        String wardName = place.getWardCode() == null ? null
                : referenceData.findByCode(ReferenceType.WARDS, place.getWardCode()).map(Ward::getName).orElse(null);
        PlacePage page = new PlacePage(place.getId(), place.getLabel(), place.getWardCode(), wardName,
                reports.historyOfPlace(placeId), groups.groupsAtPlace(placeId), visitsAt(placeId),
                groups.workingGroupsAt(placeId));
        if (!access.seesAllGroups(user) && page.reports().isEmpty() && page.groups().isEmpty()
                && page.visits().isEmpty()) {
            audit.refused(AuditRecordType.PLACE, placeId, "Nothing at this place is shared with " + user.agencyCode());
            throw new NotFoundException("No place " + placeId);
        }
        audit.viewed(AuditRecordType.PLACE, placeId);
        return page;
    }

    private boolean canSee(CurrentUser user, SiteVisit visit, Map<Long, Optional<TaskGroup>> groupCache) {
        if (access.seesAllGroups(user) || visit.getAgencies().contains(user.agencyCode())) {
            return true;
        }
        return visit.getGroupId() != null && group(visit.getGroupId(), groupCache)
                .filter(g -> access.canSee(user, g)).isPresent();
    }

    private Optional<TaskGroup> group(Long groupId, Map<Long, Optional<TaskGroup>> cache) {
        return cache.computeIfAbsent(groupId, groupRepository::findById);
    }

    private SiteVisitView view(SiteVisit visit, Map<Long, Optional<TaskGroup>> groupCache) {
        Optional<TaskGroup> group = visit.getGroupId() == null ? Optional.empty() : group(visit.getGroupId(), groupCache);
        List<ActionView> followUps = group.isEmpty() || visit.getActionIds().isEmpty() ? List.of()
                : actions.actionsOf(GroupRecords.owner(group.get())).stream()
                .filter(a -> visit.getActionIds().contains(a.id())).toList();
        return new SiteVisitView(visit.getId(), visit.getPlaceId(),
                people.place(visit.getPlaceId()).map(Place::getLabel).orElse(""),
                group.map(TaskGroup::getReference).orElse(null), group.map(TaskGroup::getTitle).orElse(null),
                visit.getVisitDate(), List.copyOf(new java.util.TreeSet<>(visit.getAgencies())), visit.getFindings(),
                visit.getFollowUp(), followUps, visit.getCreatedAt(), visit.getCreatedBy());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(GroupProcess.ZONE));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
