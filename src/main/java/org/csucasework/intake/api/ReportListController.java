package org.csucasework.intake.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.ReportFilter;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportListItem;
import org.csucasework.intake.ReportLists;
import org.csucasework.intake.ReportPage;
import org.csucasework.intake.ReportSort;
import org.csucasework.intake.ReportStatus;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports?status=&wardCode=&categoryCode=&owner=me&olderThanDays=&flag=&page=&size=&sort=}: a page
 * of the reports the caller may see, with {@code total}. {@code status} and {@code flag} may be repeated or
 * comma-separated ({@code OPEN} is NEW and IN_PROGRESS); {@code sort} is e.g. {@code receivedAt,desc}.
 */
@RestController
@RequiredArgsConstructor
class ReportListController {

    private final ReportLists reports;

    @GetMapping("/api/reports")
    Map<String, Object> list(@RequestParam(required = false) List<String> status,
                             @RequestParam(required = false) String wardCode,
                             @RequestParam(required = false) String categoryCode,
                             @RequestParam(required = false) String owner,
                             @RequestParam(required = false) String olderThanDays,
                             @RequestParam(required = false) List<String> flag,
                             @RequestParam(required = false) String page,
                             @RequestParam(required = false) String size,
                             @RequestParam(required = false) String sort) {
        List<FieldError> errors = new ArrayList<>();
        Set<ReportStatus> statuses = statuses(status, errors);
        Set<ReportFlag> flags = flags(flag, errors);
        Integer older = number(olderThanDays, "olderThanDays", 0, 36_500, null, errors);
        Integer pageNumber = number(page, "page", 0, 1_000_000, 0, errors);
        Integer pageSize = number(size, "size", 1, ReportFilter.MAX_SIZE, ReportFilter.DEFAULT_SIZE, errors);
        ReportSort order = ReportSort.parse(sort).orElse(null);
        if (order == null) {
            errors.add(new FieldError("sort", "One of receivedAt, reference, status, categoryCode, wardCode, "
                    + "caseOfficer, optionally followed by ,asc or ,desc"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ReportPage result = reports.list(new ReportFilter(statuses, blank(wardCode), blank(categoryCode), blank(owner),
                older, flags, pageNumber, pageSize, order));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("items", result.items().stream().map(ReportListController::asJson).toList());
        return body;
    }

    private static Map<String, Object> asJson(ReportListItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", item.reference());
        json.put("receivedAt", item.receivedAt());
        json.put("status", item.status().name());
        json.put("categoryCode", item.categoryCode());
        json.put("categoryName", item.categoryName());
        json.put("wardCode", item.wardCode());
        json.put("wardName", item.wardName());
        json.put("location", item.placeLabel());
        json.put("flags", item.flags().stream().map(ReportFlag::name).sorted().toList());
        json.put("caseOfficer", item.caseOfficer());
        json.put("owningAgencyCode", item.owningAgencyCode());
        return json;
    }

    private static Set<ReportStatus> statuses(List<String> values, List<FieldError> errors) {
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        for (String value : split(values)) {
            if (value.equals("OPEN")) {
                statuses.add(ReportStatus.NEW);
                statuses.add(ReportStatus.IN_PROGRESS);
                continue;
            }
            try {
                statuses.add(ReportStatus.valueOf(value));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "One of NEW, IN_PROGRESS, CLOSED, OPEN"));
            }
        }
        return statuses;
    }

    private static Set<ReportFlag> flags(List<String> values, List<FieldError> errors) {
        Set<ReportFlag> flags = EnumSet.noneOf(ReportFlag.class);
        for (String value : split(values)) {
            try {
                flags.add(ReportFlag.valueOf(value));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("flag", "Not a flag: " + value));
            }
        }
        return flags;
    }

    private static List<String> split(List<String> values) {
        List<String> parts = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return parts;
    }

    private static Integer number(String text, String field, int min, int max, Integer absent,
                                  List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "A whole number from " + min + " to " + max));
        return absent;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
