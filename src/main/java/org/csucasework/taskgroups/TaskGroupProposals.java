package org.csucasework.taskgroups;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportLogged;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.TaskAndFinishSubjects;
import org.csucasework.shared.ValidationException;
import org.csucasework.taskgroups.internal.TaskGroupRepository;
import org.csucasework.tasking.Referral;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportReferred;
import org.csucasework.tasking.TaskingMeetingService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes groups from what happens elsewhere: a report that reaches the Task and Finish threshold, and a daily
 * tasking referral to a group. Plain (synchronous) listeners on purpose: they run inside the transaction that logged
 * or referred the report, so a report never reaches the threshold without its proposal, nor is a referral recorded
 * without its group.
 */
@Component
class TaskGroupProposals {

    private final GroupRecords records;
    private final TaskGroupRepository groups;
    private final ReportService reports;
    private final TaskingMeetingService tasking;
    private final int defaultReviewWeeks;

    TaskGroupProposals(GroupRecords records, TaskGroupRepository groups, ReportService reports,
                       TaskingMeetingService tasking,
                       @Value("${casework.task-groups.default-review-weeks:4}") int defaultReviewWeeks) {
        this.records = records;
        this.groups = groups;
        this.reports = reports;
        this.tasking = tasking;
        this.defaultReviewWeeks = defaultReviewWeeks;
    }

    /**
     * On a new report: links it to the groups proposed or open about its place or people; and when it reached the
     * Task and Finish threshold and the partnership has no such group yet, proposes one about the subject that
     * reached it (its place first, else the first person).
     */
    @EventListener
    @Transactional
    void on(ReportLogged logged) {
        List<TaskGroup> active = new ArrayList<>();
        if (logged.placeId() != null) {
            active.addAll(records.activeAbout(GroupSubject.place(logged.placeId())));
        }
        if (!logged.subjectPersonIds().isEmpty()) {
            active.addAll(groups.findByPersonIdInAndStatusIn(logged.subjectPersonIds(), GroupRecords.activeStatuses()));
        }
        for (TaskGroup group : active) {
            records.link(group, logged.reportId(), logged.reference(), "New report about the group's "
                    + group.getSubjectKind().label().toLowerCase(Locale.UK));
        }
        if (!logged.taskAndFinishSuggested() || !active.isEmpty()) {
            return;
        }
        TaskAndFinishSubjects reached = reports.taskAndFinishSubjects(logged.reportId());
        Optional<GroupSubject> subject = reached.placeId() != null ? Optional.of(GroupSubject.place(reached.placeId()))
                : reached.personIds().stream().findFirst().map(GroupSubject::person);
        subject.ifPresent(s -> {
            TaskGroup group = records.create(s, records.defaultTitle(s), ProposalSource.AUTOMATIC, "Report "
                    + logged.reference() + " reached the Task and Finish threshold: repeated reports about this "
                    + s.kind().label().toLowerCase(Locale.UK) + " within the repeat window.", null, Set.of(),
                    defaultReviewWeeks, "system");
            records.link(group, logged.reportId(), logged.reference(), "Reached the Task and Finish threshold");
        });
    }

    /**
     * The daily tasking referred a report to a Task and Finish Group: links it to the group proposed or open about
     * the person named (or the report's place), or proposes one with the referral's reason.
     */
    @EventListener
    @Transactional
    void on(ReportReferred referred) {
        if (referred.kind() != ReferralKind.TASK_AND_FINISH_GROUP) {
            return;
        }
        Report report = reports.requireReadable(referred.reportId());
        GroupSubject subject = referred.personId() != null ? GroupSubject.person(referred.personId())
                : report.getPlaceId() != null ? GroupSubject.place(report.getPlaceId()) : null;
        if (subject == null) {
            throw ValidationException.of("referralKind", "The report has no place or person for a group to be about");
        }
        String reason = tasking.referralsOfReport(report.getId()).stream()
                .filter(r -> r.getId().equals(referred.referralId())).map(Referral::getReason).findFirst()
                .orElse("Referred by the daily tasking");
        Optional<TaskGroup> existing = records.activeAbout(subject).stream().findFirst();
        if (existing.isPresent()) {
            records.link(existing.get(), report.getId(), report.getReference(), "Referred by the daily tasking");
            records.event(existing.get(), "REFERRED", "Report " + report.getReference()
                    + " referred by the daily tasking: " + reason);
            return;
        }
        TaskGroup group = records.create(subject, records.defaultTitle(subject), ProposalSource.TASKING_REFERRAL,
                reason, null, Set.of(), defaultReviewWeeks, records.actor());
        records.link(group, report.getId(), report.getReference(), "Referred by the daily tasking");
    }
}
