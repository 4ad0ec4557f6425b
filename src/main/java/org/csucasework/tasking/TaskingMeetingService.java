package org.csucasework.tasking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportStatus;
import org.csucasework.intake.ReportSummary;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.DraftRules;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.internal.ReferralRepository;
import org.csucasework.tasking.internal.TaskingMeetingRepository;
import org.csucasework.tasking.internal.TaskingReviewRepository;
import org.csucasework.tasking.process.ReportProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The daily tasking meeting: its agenda, starting and ending it, and the decision on each report reviewed. */
@Service
@RequiredArgsConstructor
public class TaskingMeetingService {

    public static final int MINUTES_LENGTH = 4000;

    /** The most reports each of the agenda's lists holds (oldest waiting first). */
    /** The longest note a review takes: it goes into the report's timeline with a short prefix. */
    public static final int NOTE_LENGTH = 1800;
    public static final int AGENDA_LIMIT = 200;

    private final TaskingMeetingRepository meetings;
    private final TaskingReviewRepository reviews;
    private final ReferralRepository referrals;
    private final ReportService reports;
    private final ActionService actions;
    private final ReportActions reportActions;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final ReportProcess process;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final DraftRules drafts;

    @Transactional(readOnly = true)
    public Agenda agenda(LocalDate date) {
        Map<String, List<ActionView>> byAgency = new LinkedHashMap<>();
        for (ActionView action : actions.dueBy(date)) {
            byAgency.computeIfAbsent(action.agencyCode(), code -> new ArrayList<>()).add(action);
        }
        // High-risk victims head the list: same-day contact (DESIGN.md 4.7). The sort is stable: oldest first otherwise.
        List<ReportSummary> newReports = new ArrayList<>(reports.awaitingTasking(AGENDA_LIMIT));
        newReports.sort(java.util.Comparator.comparing(r -> !r.flags().contains(ReportFlag.HIGH_RISK)));
        return new Agenda(date, meetingInProgress().orElse(null), newReports, byAgency,
                reports.flaggedOpen(AGENDA_LIMIT), reports.highRiskOpen(AGENDA_LIMIT));
    }

    @Transactional(readOnly = true)
    public Optional<Agenda.MeetingInfo> meetingInProgress() {
        return meetings.findFirstByEndedAtIsNullOrderByStartedAtDesc().map(this::info);
    }

    /** Starts a meeting for a day with the agencies present. Only one meeting is in progress at a time. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'CASEWORKER')")
    @Transactional
    public Agenda.MeetingInfo start(LocalDate date, Set<String> agencyCodes) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("date", "Choose the meeting's date"));
        }
        if (agencyCodes == null || agencyCodes.isEmpty()) {
            errors.add(new FieldError("agencies", "Tick the agencies attending"));
        } else {
            agencyCodes.stream().filter(code -> referenceData.agency(code).filter(Agency::isActive).isEmpty())
                    .forEach(code -> errors.add(new FieldError("agencies", "Unknown agency " + code)));
        }
        if (meetings.findFirstByEndedAtIsNullOrderByStartedAtDesc().isPresent()) {
            errors.add(new FieldError("date", "A meeting is already in progress: end it first"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CurrentUser chair = users.requireCurrentUser();
        return info(meetings.saveAndFlush(new TaskingMeeting(date, chair.username(), agencyCodes, clock.instant())));
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'CASEWORKER')")
    @Transactional
    public void end(Long meetingId) {
        end(meetingId, null);
    }

    /** Ends the meeting with its minutes (optional); reports not decided stay on the list for the next meeting. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'CASEWORKER')")
    @Transactional
    public void end(Long meetingId, String minutes) {
        if (minutes != null && minutes.length() > MINUTES_LENGTH) {
            throw ValidationException.of("minutes", "At most " + MINUTES_LENGTH + " characters");
        }
        TaskingMeeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("No such meeting"));
        if (meeting.isInProgress()) {
            meeting.end(clock.instant(), minutes == null || minutes.isBlank() ? null : minutes.strip());
        }
    }

    /** The minutes of a meeting, or empty. */
    @Transactional(readOnly = true)
    public Optional<String> minutesOf(Long meetingId) {
        return meetings.findById(meetingId).map(TaskingMeeting::getMinutes);
    }

    /**
     * Records the meeting's decision on a report: assigns its actions, records a referral, and moves the report's
     * process on from "Review at daily tasking". Every problem is reported at once, at its field.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'CASEWORKER')")
    @Transactional
    public void review(Long meetingId, ReportReview review) {
        TaskingMeeting meeting = meetings.findById(meetingId)
                .filter(TaskingMeeting::isInProgress)
                .orElseThrow(() -> ValidationException.of("meeting", "Start the meeting before reviewing reports"));
        reports.lockForChange(review.reference());
        Report report = reports.requireManageable(review.reference());
        checkDecision(meeting, report, review);
        CurrentUser user = users.requireCurrentUser();

        reviews.save(new TaskingReview(meeting.getId(), report.getId(), clock.instant(), user.username(),
                review.decision(), blankToNull(review.note())));
        for (int i = 0; i < review.actions().size(); i++) {
            reportActions.assign(report, review.actions().get(i), "actions[" + i + "].");
        }
        if (review.decision() == ReviewDecision.REFERRED) {
            Referral referral = referrals.save(new Referral(report.getId(), review.referralKind(),
                    review.referralPersonId(), review.note().trim(), clock.instant(), user.username()));
            publisher.publishEvent(new ReportReferred(referral.getId(), report.getId(), report.getReference(),
                    referral.getKind(), referral.getPersonId()));
            reports.recordEvent(report.getId(), "REFERRED", "Referred to " + review.referralKind().label() + ": "
                    + review.note().trim());
        }
        reports.recordEvent(report.getId(), "REVIEWED", "Reviewed at the daily tasking of " + UkDates.day(meeting.getMeetingDate())
                + ": " + review.decision().label()
                + (review.decision() == ReviewDecision.NO_FURTHER_ACTION ? " - " + review.note().trim() : ""));
        reports.markReviewed(report.getId());
        process.completeReview(report.getReference(), reportActions.openActionsOf(report));
    }

    private void checkDecision(TaskingMeeting meeting, Report report, ReportReview review) {
        List<FieldError> errors = new ArrayList<>();
        if (report.getStatus() == ReportStatus.CLOSED) {
            errors.add(new FieldError("reference", "Report " + report.getReference() + " is already closed"));
        }
        if (reviews.existsByMeetingIdAndReportId(meeting.getId(), report.getId())) {
            errors.add(new FieldError("reference", "Report " + report.getReference() + " was already reviewed at this meeting"));
        }
        if (review.decision() == null) {
            errors.add(new FieldError("decision", "Choose a decision"));
        } else {
            switch (review.decision()) {
                case ACTIONS -> {
                    if (review.actions().isEmpty()) {
                        errors.add(new FieldError("actions", "Assign at least one action"));
                    }
                }
                case REFERRED -> {
                    if (review.referralKind() == null) {
                        errors.add(new FieldError("referralKind", "Choose where the report is referred"));
                    }
                    if (blankToNull(review.note()) == null) {
                        errors.add(new FieldError("note", "Say why the report is referred"));
                    }
                }
                case NO_FURTHER_ACTION -> {
                    if (blankToNull(review.note()) == null) {
                        errors.add(new FieldError("note", "Give the reason for no further action"));
                    }
                }
            }
        }
        errors.addAll(drafts.problemsWith(review, ""));
        // Check every action before assigning any, so that all their problems are shown at once.
        for (int i = 0; i < review.actions().size(); i++) {
            errors.addAll(actions.problemsWith(review.actions().get(i), "actions[" + i + "]."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    @Transactional(readOnly = true)
    public List<TaskingReview> reviewsOfReport(Long reportId) {
        return reviews.findByReportIdOrderByReviewedAt(reportId);
    }

    @Transactional(readOnly = true)
    public List<Referral> referralsOfReport(Long reportId) {
        return referrals.findByReportIdOrderByReferredAt(reportId);
    }

    private Agenda.MeetingInfo info(TaskingMeeting meeting) {
        return new Agenda.MeetingInfo(meeting.getId(), meeting.getMeetingDate(), meeting.getChair(),
                List.copyOf(meeting.getAgencies()), (int) reviews.countByMeetingId(meeting.getId()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
