package org.csucasework.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.audit.AuditAction;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.marac.internal.AgendaItemRepository;
import org.csucasework.marac.internal.MaracMeetingRepository;
import org.csucasework.marac.internal.MaracReferralRepository;
import org.csucasework.marac.internal.MeetingPackPdf;
import org.csucasework.marac.process.ReferralProcess;
import org.csucasework.reference.MaracCriterion;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.MeetingStatus;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly Community MARAC meetings: the schedule ({@link MaracSchedule}, plus meetings the chair adds or moves),
 * each meeting's agenda (cases accepted before its referral deadline and cases carried over), attendance, the decision
 * and actions for each case, and the meeting pack. Members see meetings; the chair runs them. Nobody else sees any.
 *
 * <p>Issue 8: opening a meeting, downloading its pack (an export of every case in it) and every change are written to
 * the {@link AuditTrail}: the meeting by its id, the cases by their reference, never a name.
 */
@Service
public class MaracMeetingService {

    static final String SYSTEM = "system";

    private final MaracMeetingRepository meetings;
    private final AgendaItemRepository agendaItems;
    private final MaracReferralRepository referrals;
    private final CaseHistory events;
    private final MaracAccess access;
    private final MaracSchedule schedule;
    private final MaracSubjects subjects;
    private final ReportService reports;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final ActionService actions;
    private final ReferralProcess process;
    private final AuditTrail audit;
    private final Names names;
    private final Clock clock;

    MaracMeetingService(MaracMeetingRepository meetings, AgendaItemRepository agendaItems,
                        MaracReferralRepository referrals, CaseHistory events, MaracAccess access,
                        MaracSchedule schedule, MaracSubjects subjects, ReportService reports,
                        ReferenceDataService referenceData, UserService users, ActionService actions,
                        ReferralProcess process, AuditTrail audit, Names names, Clock clock) {
        this.names = names;
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.referrals = referrals;
        this.events = events;
        this.access = access;
        this.schedule = schedule;
        this.subjects = subjects;
        this.reports = reports;
        this.referenceData = referenceData;
        this.users = users;
        this.actions = actions;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
    }

    // --- The schedule ------------------------------------------------------------------------------------------

    /**
     * The meetings, latest first, for members (an empty list for anyone else). The default monthly meetings of the
     * coming months are scheduled on the way, unless that month already has a meeting (added or moved by the chair).
     */
    @Transactional
    public List<MeetingSummary> meetings() {
        CurrentUser user = users.requireCurrentUser();
        if (!access.isMember(user)) {
            return List.of();
        }
        scheduleComingMonths();
        return meetings.findAllByOrderByMeetingDateDesc().stream().map(this::summary).toList();
    }

    /** The chair adds a meeting (an extra one, or one for a month off the default rule). */
    @Transactional
    public MeetingSummary schedule(LocalDate date) {
        CurrentUser user = requireChair(null);
        checkNewDate(date, null);
        MaracMeeting meeting = meetings.saveAndFlush(new MaracMeeting(date, schedule.deadlineFor(date),
                clock.instant(), user.username()));
        audit.created(AuditRecordType.MARAC_MEETING, meeting.getId(), "Meeting on " + date);
        return summary(meeting);
    }

    /** The chair moves a meeting still to be held; its deadline moves with it, its cases are due on the new day. */
    @Transactional
    public MeetingSummary move(Long meetingId, long version, LocalDate date) {
        requireChair(meetingId);
        MaracMeeting meeting = requireMeeting(meetingId);
        checkVersion(meeting, version);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new ConflictException("The meeting on " + UkDates.day(meeting.getMeetingDate()) + " was held: it cannot move");
        }
        checkNewDate(date, meeting.getId());
        LocalDate from = meeting.getMeetingDate();
        meeting.move(date, schedule.deadlineFor(date));
        save(meeting);
        audit.changed(AuditRecordType.MARAC_MEETING, meeting.getId(), "MOVED from " + from + " to " + date);
        for (AgendaItem item : agendaItems.findByMeetingIdOrderById(meeting.getId())) {
            referrals.findById(item.getReferralId())
                    .ifPresent(referral -> process.meetingMoved(referral.getReference(), date));
        }
        return summary(meeting);
    }

    private void checkNewDate(LocalDate date, Long movingId) {
        if (date == null) {
            throw ValidationException.of("date", "Choose the meeting's date");
        }
        if (date.isBefore(today())) {
            throw ValidationException.of("date", "The meeting cannot be in the past");
        }
        boolean taken = meetings.findByMeetingDateBetweenOrderByMeetingDateAsc(date, date).stream()
                .anyMatch(m -> !m.getId().equals(movingId));
        if (taken) {
            throw ValidationException.of("date", "There is already a meeting on " + UkDates.day(date));
        }
    }

    private void scheduleComingMonths() {
        YearMonth month = YearMonth.from(today());
        for (int i = 0; i <= schedule.monthsAhead(); i++, month = month.plusMonths(1)) {
            LocalDate day = schedule.meetingDay(month);
            boolean monthHasMeeting = !meetings.findByMeetingDateBetweenOrderByMeetingDateAsc(month.atDay(1),
                    month.atEndOfMonth()).isEmpty();
            if (!day.isBefore(today()) && !monthHasMeeting) {
                meetings.saveAndFlush(new MaracMeeting(day, schedule.deadlineFor(day), clock.instant(), SYSTEM));
            }
        }
    }

    // --- The agenda --------------------------------------------------------------------------------------------

    /**
     * Puts a newly accepted case on the agenda of the first meeting still to be held whose referral deadline has not
     * passed, scheduling one when there is none.
     */
    MaracMeeting placeOnNextAgenda(MaracReferral referral) {
        scheduleComingMonths();
        MaracMeeting meeting = meetings.findFirstByStatusAndReferralDeadlineGreaterThanEqualOrderByMeetingDateAsc(
                MeetingStatus.SCHEDULED, today()).orElseGet(() -> scheduleAfter(today(), true));
        addToAgenda(meeting, referral, false);
        return meeting;
    }

    /**
     * Carries a case over to the first meeting still to be held after the one that discussed it (not the deadline:
     * a case on the list is always on the next meeting's agenda), scheduling one when there is none.
     */
    private MaracMeeting carryOver(MaracReferral referral, MaracMeeting from) {
        scheduleComingMonths();
        LocalDate after = from.getMeetingDate().isBefore(today()) ? today() : from.getMeetingDate();
        MaracMeeting meeting = meetings.findFirstByStatusAndMeetingDateGreaterThanOrderByMeetingDateAsc(
                MeetingStatus.SCHEDULED, after).orElseGet(() -> scheduleAfter(after, false));
        addToAgenda(meeting, referral, true);
        return meeting;
    }

    /** The default meeting of the first month after {@code after} that has none (with its deadline still open). */
    private MaracMeeting scheduleAfter(LocalDate after, boolean deadlineOpen) {
        YearMonth month = YearMonth.from(after);
        for (int i = 0; i < 120; i++, month = month.plusMonths(1)) {
            LocalDate day = schedule.meetingDay(month);
            boolean free = meetings.findByMeetingDateBetweenOrderByMeetingDateAsc(month.atDay(1),
                    month.atEndOfMonth()).isEmpty();
            boolean open = !deadlineOpen || !schedule.deadlineFor(day).isBefore(today());
            if (free && day.isAfter(after) && open) {
                return meetings.saveAndFlush(new MaracMeeting(day, schedule.deadlineFor(day), clock.instant(),
                        SYSTEM));
            }
        }
        throw new IllegalStateException("No month free for a MARAC meeting in ten years");
    }

    private void addToAgenda(MaracMeeting meeting, MaracReferral referral, boolean carriedOver) {
        if (agendaItems.findByMeetingIdAndReferralId(meeting.getId(), referral.getId()).isEmpty()) {
            agendaItems.saveAndFlush(new AgendaItem(meeting.getId(), referral.getId(), carriedOver));
        }
    }

    /**
     * The meeting a case on the list is due at next: the first meeting not yet held that has it on its agenda and has
     * not decided on it yet.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextMeetingOf(Long referralId) {
        return agendaItems.findByReferralIdOrderById(referralId).stream().filter(item -> item.getDecision() == null)
                .map(item -> meetings.findById(item.getMeetingId()).orElseThrow())
                .filter(m -> m.getStatus() == MeetingStatus.SCHEDULED).map(MaracMeeting::getMeetingDate)
                .min(LocalDate::compareTo);
    }

    /** The meeting with its agenda, for members; "not found" for anyone else. */
    @Transactional(readOnly = true)
    public MeetingPage meeting(Long meetingId) {
        CurrentUser user = requireMember(meetingId);
        MaracMeeting meeting = requireMeeting(meetingId);
        audit.viewed(AuditRecordType.MARAC_MEETING, meeting.getId());
        return page(user, meeting);
    }

    private MeetingPage page(CurrentUser user, MaracMeeting meeting) {
        List<MeetingPage.Item> agenda = new ArrayList<>();
        for (AgendaItem item : agendaItems.findByMeetingIdOrderById(meeting.getId())) {
            MaracReferral referral = referrals.findById(item.getReferralId()).orElseThrow();
            agenda.add(new MeetingPage.Item(item.getId(), subjects.summary(referral, meeting.getMeetingDate()),
                    item.isCarriedOver(), item.getDecision(), item.getDecisionNote(),
                    actions.actionsOf(MaracReferralService.owner(referral)), item.getVersion()));
        }
        return new MeetingPage(summary(meeting), meeting.getAgenciesPresent(), meeting.getAttendees(),
                meeting.getMinutes(), agenda, access.isChair(user) && meeting.getStatus() == MeetingStatus.SCHEDULED);
    }

    // --- At the meeting ----------------------------------------------------------------------------------------

    /** Records who attended: the agencies present (at least one) and the attendees' names and roles. */
    @Transactional
    public MeetingSummary recordAttendance(Long meetingId, long version, Set<String> agencies, String attendees) {
        requireChair(meetingId);
        MaracMeeting meeting = requireMeeting(meetingId);
        checkVersion(meeting, version);
        List<FieldError> errors = new ArrayList<>();
        if (agencies == null || agencies.isEmpty()) {
            errors.add(new FieldError("agencies", "Tick the agencies present"));
        } else {
            agencies.stream().filter(code -> referenceData.agency(code).isEmpty()).findFirst()
                    .ifPresent(code -> errors.add(new FieldError("agencies", "Unknown agency " + code)));
        }
        MaracReferralService.checkText(attendees, "attendees", MaracFieldLimits.ATTENDEES, null, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        meeting.recordAttendance(new TreeSet<>(agencies), MaracReferralService.blankToNull(attendees));
        save(meeting);
        audit.changed(AuditRecordType.MARAC_MEETING, meeting.getId(), "ATTENDANCE_RECORDED: "
                + String.join(", ", new TreeSet<>(agencies)));
        return summary(meeting);
    }

    /**
     * The meeting's decision on a case on its agenda: it stays on the list (and goes on the next meeting's agenda) or
     * is closed with the reason. A decision once taken stands; a second one for the same case is a conflict.
     */
    @Transactional
    public MeetingPage.Item decide(Long meetingId, String reference, CaseDecision decision, String note) {
        CurrentUser user = requireChair(meetingId);
        MaracMeeting meeting = requireMeeting(meetingId);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new ConflictException("The meeting on " + UkDates.day(meeting.getMeetingDate()) + " is over");
        }
        MaracReferral referral = requireOnAgenda(meeting, reference);
        AgendaItem item = agendaItems.findByMeetingIdAndReferralId(meeting.getId(), referral.getId()).orElseThrow();
        if (item.getDecision() != null) {
            throw new ConflictException("The meeting already decided on " + reference + ": "
                    + item.getDecision().label().toLowerCase(Locale.UK));
        }
        if (decision == null) {
            throw ValidationException.of("decision", "Choose the decision");
        }
        MaracReferralService.checkText(note, "note", MaracFieldLimits.NOTE,
                decision == CaseDecision.CLOSE ? "Give the reason for closing the case" : null, null);
        item.decide(decision, MaracReferralService.blankToNull(note), clock.instant(), user.username());
        try {
            agendaItems.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else recorded a decision on " + reference + " at the same time");
        }
        LocalDate next = null;
        if (decision == CaseDecision.CLOSE) {
            referral.close(note.trim(), clock.instant(), user.username());
            referrals.saveAndFlush(referral);
            event(referral, user.username(), "CLOSED", "Closed at the meeting on " + UkDates.day(meeting.getMeetingDate()) + ": "
                    + note.trim());
        } else {
            next = carryOver(referral, meeting).getMeetingDate();
            event(referral, user.username(), "STAYS_ON_LIST", "Stays on the list after the meeting on "
                    + UkDates.day(meeting.getMeetingDate()) + "; back on " + UkDates.day(next)
                    + (MaracReferralService.blankToNull(note) == null ? "" : ": " + note.trim()));
        }
        audit.changed(AuditRecordType.MARAC_REFERRAL, referral.getReference(), "DECIDED " + decision.name()
                + " at meeting " + meeting.getId());
        process.decided(referral.getReference(), decision.name(), next);
        return page(user, meeting).agenda().stream().filter(i -> i.id().equals(item.getId())).findFirst()
                .orElseThrow();
    }

    /** An action agreed for a case at the meeting: an ordinary action for the owning agency, tracked until done. */
    @Transactional
    public ActionView addAction(Long meetingId, String reference, NewAction action) {
        CurrentUser user = requireChair(meetingId);
        MaracMeeting meeting = requireMeeting(meetingId);
        MaracReferral referral = requireOnAgenda(meeting, reference);
        if (referral.getStatus() != ReferralStatus.ON_LIST) {
            throw ValidationException.of("case", reference + " is closed: agree actions before closing a case");
        }
        ActionView added = actions.assign(MaracReferralService.owner(referral), action, "");
        audit.changed(AuditRecordType.MARAC_REFERRAL, referral.getReference(), "ACTION_AGREED for "
                + added.agencyCode() + " at meeting " + meeting.getId());
        event(referral, user.username(), "ACTION_AGREED", "Action for " + names.agency(added.agencyCode()) + " due "
                + UkDates.day(added.dueDate()) + " agreed at the meeting on " + UkDates.day(meeting.getMeetingDate()));
        return added;
    }

    /**
     * The meeting is over: the minutes are recorded, and every case not decided on (not reached) is carried over to
     * the next meeting, so that no case drops off the list.
     */
    @Transactional
    public MeetingSummary hold(Long meetingId, long version, String minutes) {
        CurrentUser user = requireChair(meetingId);
        MaracMeeting meeting = requireMeeting(meetingId);
        checkVersion(meeting, version);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new ConflictException("The meeting on " + UkDates.day(meeting.getMeetingDate()) + " was already recorded as held");
        }
        List<FieldError> errors = new ArrayList<>();
        if (meeting.getAgenciesPresent().isEmpty()) {
            errors.add(new FieldError("agencies", "Record the attendance first"));
        }
        MaracReferralService.checkText(minutes, "minutes", MaracFieldLimits.MINUTES, null, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        meeting.held(MaracReferralService.blankToNull(minutes), clock.instant(), user.username());
        save(meeting);
        audit.changed(AuditRecordType.MARAC_MEETING, meeting.getId(), "HELD");
        for (AgendaItem item : agendaItems.findByMeetingIdOrderById(meeting.getId())) {
            if (item.getDecision() != null) {
                continue;
            }
            MaracReferral referral = referrals.findById(item.getReferralId()).orElseThrow();
            LocalDate next = carryOver(referral, meeting).getMeetingDate();
            audit.changed(AuditRecordType.MARAC_REFERRAL, referral.getReference(), "NOT_REACHED at meeting "
                    + meeting.getId() + ", carried over to " + next);
            event(referral, user.username(), "NOT_REACHED", "Not reached at the meeting on "
                    + UkDates.day(meeting.getMeetingDate()) + "; carried over to " + UkDates.day(next));
            process.decided(referral.getReference(), CaseDecision.STAY_ON_LIST.name(), next);
        }
        return summary(meeting);
    }

    // --- The pack ----------------------------------------------------------------------------------------------

    /** The meeting pack (PDF) for members: each case on the agenda with its history summary. */
    @Transactional(readOnly = true)
    public byte[] pack(Long meetingId) {
        requireMember(meetingId);
        MaracMeeting meeting = requireMeeting(meetingId);
        // The pack carries every case's risk summary and history: an export of each, as well as of the meeting.
        audit.record(AuditAction.EXPORT, AuditRecordType.MARAC_MEETING, meeting.getId(), "Meeting pack (PDF)");
        List<MeetingPackPdf.Section> sections = new ArrayList<>();
        int number = 1;
        for (AgendaItem item : agendaItems.findByMeetingIdOrderById(meeting.getId())) {
            MaracReferral referral = referrals.findById(item.getReferralId()).orElseThrow();
            audit.record(AuditAction.EXPORT, AuditRecordType.MARAC_REFERRAL, referral.getReference(),
                    "In the pack of meeting " + meeting.getId());
            List<String> lines = new ArrayList<>();
            lines.add((item.isCarriedOver() ? "Carried over" : "New referral") + " from "
                    + names.agency(referral.getReferrerAgencyCode()) + ". Criteria: "
                    + names.maracCriteria(referral.getCriteria()) + ".");
            if (referral.getSubjectKind() == MaracSubjectKind.FAMILY) {
                lines.add("Family members: " + String.join(", ", subjects.peopleOf(referral)));
            }
            lines.add("Risk and vulnerability: " + nullToDash(referral.getRiskSummary()));
            lines.add("History: " + nullToDash(referral.getHistoryToBring()));
            List<ReportSummary> linked = reports.summaries(new ArrayList<>(referral.getReportIds()));
            for (ReportSummary report : linked) {
                lines.add("Report " + report.reference() + " (" + report.categoryName() + ", "
                        + UkDates.day(UkDates.dayOf(report.receivedAt())) + ", " + report.status().label() + ")");
            }
            if (referral.getReportIds().size() > linked.size()) {
                lines.add((referral.getReportIds().size() - linked.size())
                        + " further report(s) held by partners, not shared with your agency");
            }
            for (AgendaItem earlier : agendaItems.findByReferralIdOrderById(referral.getId())) {
                if (earlier.getDecision() != null && !earlier.getId().equals(item.getId())) {
                    LocalDate when = meetings.findById(earlier.getMeetingId()).map(MaracMeeting::getMeetingDate)
                            .orElse(null);
                    lines.add("Meeting of " + UkDates.day(when) + ": " + earlier.getDecision().label()
                            + (earlier.getDecisionNote() == null ? "" : " - " + earlier.getDecisionNote()));
                }
            }
            for (ActionView action : actions.actionsOf(MaracReferralService.owner(referral))) {
                lines.add("Action (" + names.agency(action.agencyCode()) + ", due " + UkDates.day(action.dueDate())
                        + ", " + (action.overdue() ? "Overdue" : action.status().label()) + "): " + action.description());
            }
            sections.add(new MeetingPackPdf.Section(number++ + ". " + referral.getReference() + ": "
                    + subjects.label(referral), lines));
        }
        List<String> preamble = new ArrayList<>();
        preamble.add("Referral deadline: " + UkDates.weekday(meeting.getReferralDeadline()) + ". Cases on the agenda: "
                + sections.size() + ".");
        if (!meeting.getAgenciesPresent().isEmpty()) {
            preamble.add("Agencies present: " + names.agencies(meeting.getAgenciesPresent()));
        }
        return MeetingPackPdf.render("Community MARAC meeting, " + UkDates.weekday(meeting.getMeetingDate()), preamble,
                sections);
    }

    /** The criteria, as the reference data names them. */
    @Transactional(readOnly = true)
    public List<MaracCriterion> criteria() {
        return referenceData.list(ReferenceType.MARAC_CRITERIA);
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private MaracReferral requireOnAgenda(MaracMeeting meeting, String reference) {
        MaracReferral referral = referrals.findByReference(reference == null ? "" : reference.trim())
                .orElseThrow(() -> new NotFoundException("No MARAC case " + reference));
        if (agendaItems.findByMeetingIdAndReferralId(meeting.getId(), referral.getId()).isEmpty()) {
            throw ValidationException.of("case", reference + " is not on the agenda of the meeting on "
                    + UkDates.day(meeting.getMeetingDate()));
        }
        return referral;
    }

    private MaracMeeting requireMeeting(Long meetingId) {
        return meetings.findById(meetingId == null ? -1L : meetingId)
                .orElseThrow(() -> new NotFoundException("No MARAC meeting " + meetingId));
    }

    /** A non-member learns nothing, not even that the meeting exists; trying to open an existing one is audited. */
    private CurrentUser requireMember(Long meetingId) {
        CurrentUser user = users.requireCurrentUser();
        if (!access.isMember(user)) {
            refuseNonMember(meetingId);
            throw new NotFoundException("No MARAC meeting " + meetingId);
        }
        return user;
    }

    /** The chair, to run meeting {@code meetingId} (null: a new one). */
    private CurrentUser requireChair(Long meetingId) {
        CurrentUser user = users.requireCurrentUser();
        if (!access.isMember(user)) {
            refuseNonMember(meetingId);
            throw new NotFoundException("No such MARAC meeting");
        }
        if (!access.isChair(user)) {
            throw new AccessDeniedException("Only the MARAC chair runs the meetings");
        }
        return user;
    }

    private void refuseNonMember(Long meetingId) {
        if (meetingId == null || meetings.existsById(meetingId)) {
            audit.refused(AuditRecordType.MARAC_MEETING, meetingId, "Not a MARAC member");
        }
    }

    private MeetingSummary summary(MaracMeeting meeting) {
        return new MeetingSummary(meeting.getId(), meeting.getMeetingDate(), meeting.getReferralDeadline(),
                meeting.getStatus(), agendaItems.findByMeetingIdOrderById(meeting.getId()).size(),
                meeting.getVersion());
    }

    private void checkVersion(MaracMeeting meeting, long version) {
        if (meeting.getVersion() != version) {
            throw new ConflictException("Someone else changed the meeting at the same time. Reload it and try again.");
        }
    }

    private void save(MaracMeeting meeting) {
        try {
            meetings.saveAndFlush(meeting);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed the meeting at the same time. Reload it and try again.");
        }
    }

    private void event(MaracReferral referral, String actor, String kind, String detail) {
        events.record(CaseRef.maracReferral(referral.getId()), actor, kind, detail);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReferralProcess.ZONE));
    }

    private static String nullToDash(String text) {
        return text == null ? "-" : text;
    }
}
