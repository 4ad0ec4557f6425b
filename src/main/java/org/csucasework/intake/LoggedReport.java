package org.csucasework.intake;

import java.util.List;
import java.util.Set;

/**
 * The answer to logging a report: its identity and flags; {@code existing} when a retry found the first one.
 * {@code possibleMatches}: people on record who may be a person the report named without choosing a record (for CSU
 * staff only, who may look people up; empty for a retry). {@code reporterPersonId} and {@code subjectPersonIds}: the
 * records the report was linked to, so that a client can name the same person by id on its next report.
 */
public record LoggedReport(Long id, String reference, Set<ReportFlag> flags, Long linkedReportId, boolean existing,
                           List<PossiblePersonMatch> possibleMatches, Long reporterPersonId,
                           List<Long> subjectPersonIds, String riskLevel) {

    public LoggedReport {
        possibleMatches = possibleMatches == null ? List.of() : List.copyOf(possibleMatches);
        subjectPersonIds = subjectPersonIds == null ? List.of() : List.copyOf(subjectPersonIds);
    }

    public LoggedReport(Long id, String reference, Set<ReportFlag> flags, Long linkedReportId, boolean existing) {
        this(id, reference, flags, linkedReportId, existing, List.of(), null, List.of(), null);
    }

    /** The answer for a report as saved; the people are the records it was linked to, in the order given. */
    static LoggedReport of(Report report, boolean existing, List<PossiblePersonMatch> possibleMatches) {
        return new LoggedReport(report.getId(), report.getReference(), report.flags(), report.getLinkedReportId(),
                existing, possibleMatches, report.getReporterPersonId(),
                report.getSubjects().stream().map(ReportSubject::getPersonId).toList(), report.getRiskLevel());
    }
}
