package org.csucasework.intake.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csucasework.intake.RepeatThresholds;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportStatus;
import org.csucasework.intake.SubjectRole;
import org.csucasework.intake.TaskAndFinishSubjects;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Looks back from a new report's received time: earlier reports on the same place or person make it a repeat;
 * enough of them suggest a Task and Finish Group; enough from one reporter or victim reach the ASB Case Review
 * threshold. Counts include the new report itself, which is not saved yet.
 */
@Component
public class RepeatDetector {

    private final ReportRepository reports;
    private final RepeatThresholds thresholds;

    RepeatDetector(ReportRepository reports, RepeatThresholds thresholds) {
        this.reports = reports;
        this.thresholds = thresholds;
    }

    /** What repeat detection found for a report about to be saved. */
    public record Findings(Set<ReportFlag> flags, Long linkedReportId) {
    }

    public Findings examine(Instant receivedAt, Long placeId, Collection<Long> subjectPersonIds,
                            Collection<Long> reporterOrVictimIds) {
        Set<ReportFlag> flags = EnumSet.noneOf(ReportFlag.class);
        Instant repeatFrom = receivedAt.minus(thresholds.repeatWindow());
        long mostAboutOneSubject = 0;
        if (placeId != null) {
            long earlier = reports.countAtPlace(placeId, repeatFrom, receivedAt);
            if (earlier > 0) {
                flags.add(ReportFlag.REPEAT_PLACE);
            }
            mostAboutOneSubject = earlier;
        }
        for (Long personId : subjectPersonIds) {
            long earlier = reports.countAboutPerson(personId, repeatFrom, receivedAt);
            if (earlier > 0) {
                flags.add(ReportFlag.REPEAT_PERSON);
            }
            mostAboutOneSubject = Math.max(mostAboutOneSubject, earlier);
        }
        if (mostAboutOneSubject + 1 >= thresholds.taskAndFinishReports()) {
            flags.add(ReportFlag.TASK_AND_FINISH_SUGGESTED);
        }
        Instant caseReviewFrom = receivedAt.minus(thresholds.caseReviewWindow());
        for (Long personId : reporterOrVictimIds) {
            long earlier = reports.countFromReporterOrVictim(personId, SubjectRole.VICTIM, caseReviewFrom, receivedAt);
            if (earlier + 1 >= thresholds.caseReviewReports()) {
                flags.add(ReportFlag.CASE_REVIEW_THRESHOLD);
                break;
            }
        }
        return new Findings(flags, openReportAbout(placeId, subjectPersonIds).map(Report::getId).orElse(null));
    }

    /**
     * Which subjects of a report already saved reached the Task and Finish threshold with it: the same counts as
     * {@link #examine}, which now include the report itself.
     */
    public TaskAndFinishSubjects atTaskAndFinishThreshold(Instant receivedAt, Long placeId,
                                                          Collection<Long> subjectPersonIds) {
        Instant repeatFrom = receivedAt.minus(thresholds.repeatWindow());
        Long place = placeId != null && reports.countAtPlace(placeId, repeatFrom, receivedAt)
                >= thresholds.taskAndFinishReports() ? placeId : null;
        List<Long> people = subjectPersonIds.stream().distinct()
                .filter(personId -> reports.countAboutPerson(personId, repeatFrom, receivedAt)
                        >= thresholds.taskAndFinishReports())
                .toList();
        return new TaskAndFinishSubjects(place, people);
    }

    private Optional<Report> openReportAbout(Long placeId, Collection<Long> personIds) {
        PageRequest first = PageRequest.of(0, 1);
        Optional<Report> atPlace = placeId == null ? Optional.empty()
                : reports.findOpenAtPlace(placeId, ReportStatus.CLOSED, first).stream().findFirst();
        Optional<Report> aboutPerson = personIds.isEmpty() ? Optional.empty()
                : reports.findOpenAboutPeople(personIds, ReportStatus.CLOSED, first).stream().findFirst();
        return List.of(atPlace, aboutPerson).stream().flatMap(Optional::stream)
                .max(java.util.Comparator.comparing(Report::getReceivedAt));
    }
}
