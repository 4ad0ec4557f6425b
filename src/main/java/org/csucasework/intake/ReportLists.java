package org.csucasework.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.internal.ReportListSpecification;
import org.csucasework.intake.internal.ReportRepository;
import org.csucasework.people.PeopleService;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.Ward;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports list and caseloads (issue 14, decision 0019): pages of the reports a user may see, filtered and sorted
 * by the database, and each officer's open caseload for supervisors.
 */
@Service
@RequiredArgsConstructor
public class ReportLists {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final PeopleService people;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final Clock clock;

    /**
     * A page of the reports the user may see, filtered and sorted, with how many the whole list holds: the reports
     * list and {@code GET /api/reports}. {@code owner} "me" is the signed-in user's caseload (decision 0019).
     */
    @Transactional(readOnly = true)
    public ReportPage list(ReportFilter filter) {
        CurrentUser user = users.requireCurrentUser();
        List<FieldError> errors = new ArrayList<>();
        if (filter.wardCode() != null && referenceData.findByCode(ReferenceType.WARDS, filter.wardCode()).isEmpty()) {
            errors.add(new FieldError("wardCode", "No ward with the code " + filter.wardCode()));
        }
        if (filter.categoryCode() != null
                && referenceData.findByCode(ReferenceType.CATEGORIES, filter.categoryCode()).isEmpty()) {
            errors.add(new FieldError("categoryCode", "No category with the code " + filter.categoryCode()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String owner = ReportFilter.ME.equals(filter.owner()) ? user.username() : filter.owner() == null || filter.owner().isBlank() ? null : filter.owner().trim();
        Instant before = filter.olderThanDays() == null ? null
                : clock.instant().minus(Duration.ofDays(filter.olderThanDays()));
        Sort.Direction direction = filter.sort().ascending()
                ? Sort.Direction.ASC : Sort.Direction.DESC;
        Sort order = Sort.by(direction,
                filter.sort().property()).and(Sort.by(direction, "id"));
        Page<Report> page = reports.findAll(
                ReportListSpecification.of(filter, owner,
                        access.seesAllReports(user) ? null : user.agencyCode(), before),
                PageRequest.of(filter.page(), filter.size(), order));
        Map<String, Category> categories = referenceData.list(ReferenceType.CATEGORIES).stream()
                .collect(Collectors.toMap(Category::getCode, Function.identity()));
        Map<String, String> wards = referenceData.list(ReferenceType.WARDS).stream()
                .collect(Collectors.toMap(Ward::getCode, Ward::getName, (a, b) -> a));
        Map<Long, String> placeLabels = people.placeLabels(page.getContent().stream().map(Report::getPlaceId).toList());
        List<ReportListItem> items = page.getContent().stream()
                .map(r -> new ReportListItem(r.getReference(), r.getReceivedAt(), r.getStatus(), r.getCategoryCode(),
                        Optional.ofNullable(categories.get(r.getCategoryCode())).map(Category::getName)
                                .orElse("Unknown category"),
                        r.getWardCode(), r.getWardCode() == null ? null : wards.getOrDefault(r.getWardCode(), "Unknown ward"),
                        r.getPlaceId() == null ? "" : placeLabels.getOrDefault(r.getPlaceId(), ""), r.flags(),
                        r.getCaseOfficer(), r.getOwningAgencyCode()))
                .toList();
        return new ReportPage(page.getTotalElements(), filter.page(), filter.size(), items);
    }

    /** Each case officer's open reports, the largest caseload first: for supervisors watching caseloads. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<Caseload> caseloads() {
        Instant fourWeeksAgo = clock.instant().minus(Duration.ofDays(28));
        return reports.caseloads(EnumSet.of(ReportStatus.NEW, ReportStatus.IN_PROGRESS), fourWeeksAgo).stream()
                .map(row -> new Caseload((String) row[0], ((Number) row[1]).longValue(),
                        row[2] == null ? 0 : ((Number) row[2]).longValue()))
                .sorted(Comparator.comparingLong(Caseload::open).reversed()
                        .thenComparing(Caseload::officer, Comparator.nullsLast(String::compareTo)))
                .toList();
    }
}
