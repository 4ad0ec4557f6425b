package org.csucasework.intake.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.PersonMarker;
import org.csucasework.intake.PersonMarkers;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportSubject;
import org.csucasework.people.PersonFacts;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake answers the people module's screens (the duplicates review) with its markers and a person's reports, so
 * that they show what the report page shows without the people module depending on intake (decision 0024).
 */
@Component
@RequiredArgsConstructor
class IntakePersonFacts implements PersonFacts {

    /** The most reports offered for a split: a record mixing two people is rarely that long. */
    static final int SPLIT_CHOICES = 500;

    private final PersonMarkers markers;
    private final ReportRepository reports;
    private final ReferenceDataService referenceData;

    @Override
    public Map<Long, List<Marker>> markersOf(Collection<Long> personIds) {
        Map<Long, List<Marker>> labelled = new LinkedHashMap<>();
        markers.of(personIds).forEach((id, marked) -> labelled.put(id, labels(marked)));
        return labelled;
    }

    /** In the enum's order, as the badges show them. */
    private static List<Marker> labels(Set<PersonMarker> marked) {
        List<Marker> labels = new ArrayList<>();
        for (PersonMarker marker : PersonMarker.values()) {
            if (marked.contains(marker)) {
                labels.add(new Marker(marker.label(), marker.explanation()));
            }
        }
        return labels;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonReport> reportsOf(Long personId) {
        return reports.historyOfPerson(personId, PageRequest.of(0, SPLIT_CHOICES)).stream()
                .map(report -> new PersonReport(report.getId(), report.getReference(), report.getReceivedAt(),
                        referenceData.findByCode(ReferenceType.CATEGORIES, report.getCategoryCode())
                                .map(Category::getName).orElse("Unknown category"), roles(report, personId)))
                .toList();
    }

    private static String roles(Report report, Long personId) {
        List<String> roles = new ArrayList<>();
        if (personId.equals(report.getReporterPersonId())) {
            roles.add("Reporter");
        }
        report.getSubjects().stream().filter(s -> personId.equals(s.getPersonId())).map(ReportSubject::getRole)
                .distinct().forEach(role -> roles.add(role.label()));
        return String.join(", ", roles);
    }
}
