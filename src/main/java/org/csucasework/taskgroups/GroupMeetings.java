package org.csucasework.taskgroups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.MeetingStatus;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.internal.TaskGroupMeetingRepository;
import org.csucasework.taskgroups.internal.TaskGroupRepository;
import org.csucasework.taskgroups.process.GroupProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A working group's meetings: scheduled, then recorded as held (day, agencies attending, minutes). The first meeting
 * held completes the process's "Hold the first meeting"; later ones complete a due review or start a new cycle.
 */
@Service
@RequiredArgsConstructor
public class GroupMeetings {

    private final GroupRecords records;
    private final TaskGroupRepository groups;
    private final TaskGroupMeetingRepository meetings;
    private final UserService users;
    private final GroupProcess process;
    private final Clock clock;

    /** Schedules a further meeting of a working group. */
    @Transactional
    public GroupPage.MeetingView schedule(String reference, LocalDate date) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = records.requireWorkable(reference, user);
        if (date == null) {
            throw ValidationException.of("date", "Choose the meeting's date");
        }
        if (date.isBefore(records.today())) {
            throw ValidationException.of("date", "A meeting cannot be scheduled in the past");
        }
        MeetingKind kind = nextKind(group);
        TaskGroupMeeting meeting = meetings.save(new TaskGroupMeeting(group.getId(), date, kind, clock.instant(),
                user.username()));
        records.event(group, "MEETING_SCHEDULED", kind.label() + " scheduled for " + UkDates.weekday(date));
        return view(meeting);
    }

    /** Records a meeting held: the day, the agencies attending and the minutes (all required). */
    @Transactional
    public GroupPage.MeetingView record(String reference, MeetingRecord record) {
        CurrentUser user = users.requireCurrentUser();
        TaskGroup group = records.requireWorkable(reference, user);
        List<FieldError> errors = new ArrayList<>();
        if (record.date() == null) {
            errors.add(new FieldError("date", "Choose the day the meeting was held"));
        } else if (record.date().isAfter(records.today())) {
            errors.add(new FieldError("date", "A meeting is recorded once it has been held: the date cannot be in the future"));
        }
        records.checkAgencies(record.attendingAgencies(), "attendingAgencies", "Tick the agencies that attended", 1,
                errors);
        String minutes = GroupRecords.blankToNull(record.minutes());
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
        MeetingKind kind = nextKind(group);
        if (meeting == null) {
            meeting = new TaskGroupMeeting(group.getId(), record.date(), kind, clock.instant(), user.username());
        }
        meeting.held(record.date(), kind, record.attendingAgencies(), minutes, clock.instant(), user.username());
        meetings.saveAndFlush(meeting);
        records.event(group, "MEETING_HELD", kind.label() + " held on " + UkDates.day(record.date()) + " with "
                + records.agencyNames(record.attendingAgencies()));
        process.meetingHeld(group.getReference());
        return view(meeting);
    }

    /** Called by the process when a review falls due: the history shows it; the lead's task is on the group page. */
    @Transactional
    public void reviewDue(Long groupId) {
        groups.findById(groupId).ifPresent(group -> records.event(group, "REVIEW_DUE",
                "Review due: hold a review meeting or close the group"));
    }

    private MeetingKind nextKind(TaskGroup group) {
        return meetings.countByGroupIdAndStatus(group.getId(), MeetingStatus.HELD) == 0
                ? MeetingKind.FIRST : MeetingKind.REVIEW;
    }

    static GroupPage.MeetingView view(TaskGroupMeeting m) {
        return new GroupPage.MeetingView(m.getId(), m.getMeetingDate(), m.getKind(), m.getStatus(),
                m.getAttendingAgencies(), m.getMinutes(), m.getHeldAt(), m.getRecordedBy());
    }
}
