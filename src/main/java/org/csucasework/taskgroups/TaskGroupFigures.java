package org.csucasework.taskgroups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.reporting.FigureRecord;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.csucasework.taskgroups.internal.SiteVisitRepository;
import org.csucasework.taskgroups.internal.TaskGroupRepository;
import org.csucasework.taskgroups.process.GroupProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual figures this module records: Task and Finish Groups set up in the period (approved and set up; a
 * proposal declined or still waiting is not a group), with their subjects, and partnership site visits made in it.
 * Subjects are listed as the seed's Strategic Assessment lists them: places by the group's title, people as
 * "Individual" with the group's reference, never by name, because the figures pack is shared beyond the CSU.
 */
@Component
@RequiredArgsConstructor
class TaskGroupFigures implements HeadlineFigureSource {

    private final TaskGroupRepository groups;
    private final SiteVisitRepository visits;

    @Override
    @Transactional(readOnly = true)
    public Map<HeadlineFigure, Long> count(LocalDate from, LocalDate to) {
        Map<HeadlineFigure, Long> figures = new EnumMap<>(HeadlineFigure.class);
        figures.put(HeadlineFigure.TASK_AND_FINISH_GROUPS, groups.countSetUpBetween(start(from), endOf(to)));
        figures.put(HeadlineFigure.PARTNERSHIP_SITE_VISITS, visits.countBetween(from, to));
        return figures;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> details(HeadlineFigure figure, LocalDate from, LocalDate to) {
        if (figure != HeadlineFigure.TASK_AND_FINISH_GROUPS) {
            return List.of();
        }
        return groups.findSetUpBetween(start(from), endOf(to)).stream()
                .map(TaskGroupFigures::subject).toList();
    }

    @Override
    public Set<HeadlineFigure> listed() {
        return Set.of(HeadlineFigure.TASK_AND_FINISH_GROUPS, HeadlineFigure.PARTNERSHIP_SITE_VISITS);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FigureRecord> records(HeadlineFigure figure, LocalDate from, LocalDate to) {
        if (figure == HeadlineFigure.TASK_AND_FINISH_GROUPS) {
            return groups.findSetUpBetween(start(from), endOf(to)).stream()
                    .map(g -> new FigureRecord(g.getReference(), subject(g),
                            LocalDate.ofInstant(g.getSetUpAt(), GroupProcess.ZONE), "task-groups/" + g.getReference()))
                    .toList();
        }
        if (figure == HeadlineFigure.PARTNERSHIP_SITE_VISITS) {
            return visits.findBetween(from, to).stream()
                    .map(v -> new FigureRecord("Visit " + v.getId(), "Site visit with " + String.join(", ",
                            new java.util.TreeSet<>(v.getAgencies())), v.getVisitDate(), "places/" + v.getPlaceId()))
                    .toList();
        }
        return List.of();
    }

    private static String subject(TaskGroup group) {
        return group.getSubjectKind() == SubjectKind.PLACE ? group.getTitle() : "Individual (" + group.getReference() + ")";
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(GroupProcess.ZONE).toInstant();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(GroupProcess.ZONE).toInstant();
    }
}
