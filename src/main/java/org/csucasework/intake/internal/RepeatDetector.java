package org.csucasework.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.CaseReviewRule;
import org.csucasework.intake.RepeatThresholds;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportStatus;
import org.csucasework.intake.SubjectRole;
import org.csucasework.intake.TaskAndFinishSubjects;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Looks back from a new report's received time: earlier reports on the same place or person make it a repeat;
 * enough of them suggest a Task and Finish Group. The ASB Case Review flag asks the Case Review's own qualifying
 * rule ({@link CaseReviewRule}) as if the reporter or victim applied the day the report was received: their
 * complaints about the same behaviour (the same place, or the same alleged perpetrator) that qualify. Counts include
 * the new report itself, which is not saved yet.
 */
@Component
@RequiredArgsConstructor
public class RepeatDetector {

    /** The most reports at one place that the "different people" count looks at (a town centre has many). */
    private static final int PLACE_LIMIT = 2_000;

    private final ReportRepository reports;
    private final RepeatThresholds thresholds;
    private final CaseReviewRule caseReview;

    /** The report being logged, as repeat detection needs it (people by their ids on record). */
    public record NewReportFacts(Instant receivedAt, LocalDate incidentDate, Long placeId,
                                 Collection<Long> subjectPersonIds, Collection<Long> perpetratorIds, Long reporterId,
                                 Collection<Long> reporterOrVictimIds) {
    }

    /** What repeat detection found for a report about to be saved. */
    public record Findings(Set<ReportFlag> flags, Long linkedReportId) {
    }

    public Findings examine(NewReportFacts facts) {
        Instant receivedAt = facts.receivedAt();
        Long placeId = facts.placeId();
        Collection<Long> subjectPersonIds = facts.subjectPersonIds();
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
        if (caseReviewThresholdReached(facts)) {
            flags.add(ReportFlag.CASE_REVIEW_THRESHOLD);
        }
        return new Findings(flags, openReportAbout(placeId, subjectPersonIds).map(Report::getId).orElse(null));
    }

    private boolean caseReviewThresholdReached(NewReportFacts facts) {
        LocalDate applied = day(facts.receivedAt());
        boolean thisOneQualifies = caseReview.assess(applied, applied, facts.incidentDate()).counts();
        Instant from = applied.minus(caseReview.window()).atStartOfDay(ReportService.ZONE).toInstant();
        for (Long personId : facts.reporterOrVictimIds()) {
            long qualifying = reports.fromReporterOrVictim(personId, from, facts.receivedAt()).stream()
                    .filter(earlier -> sameBehaviour(earlier, facts) && qualifies(earlier, applied))
                    .count() + (thisOneQualifies ? 1 : 0);
            if (caseReview.met(qualifying, 0)) {
                return true;
            }
        }
        if (caseReview.differentPeople() > 0 && facts.placeId() != null) {
            Set<Long> complainants = new HashSet<>();
            if (thisOneQualifies && facts.reporterId() != null) {
                complainants.add(facts.reporterId());
            }
            reports.atPlaceBetween(facts.placeId(), from, facts.receivedAt(), PageRequest.of(0, PLACE_LIMIT)).stream()
                    .filter(earlier -> earlier.getReporterPersonId() != null && qualifies(earlier, applied))
                    .forEach(earlier -> complainants.add(earlier.getReporterPersonId()));
            return caseReview.met(0, complainants.size());
        }
        return false;
    }

    private boolean qualifies(Report earlier, LocalDate applied) {
        return caseReview.assess(applied, day(earlier.getReceivedAt()), earlier.getIncidentDate()).counts();
    }

    /** About the same behaviour as far as the records tell: the same place, or an alleged perpetrator in common. */
    private static boolean sameBehaviour(Report earlier, NewReportFacts facts) {
        if (facts.placeId() != null && facts.placeId().equals(earlier.getPlaceId())) {
            return true;
        }
        return earlier.getSubjects().stream().anyMatch(s -> s.getRole() == SubjectRole.ALLEGED_PERPETRATOR
                && facts.perpetratorIds().contains(s.getPersonId()));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ReportService.ZONE).toLocalDate();
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
