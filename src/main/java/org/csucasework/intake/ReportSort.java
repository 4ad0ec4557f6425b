package org.csucasework.intake;

import java.util.Locale;
import java.util.Optional;

/** The orders a reports list can be sorted in; the API names them {@code receivedAt,desc} and the like. */
public enum ReportSort {
    NEWEST("receivedAt", false),
    OLDEST("receivedAt", true),
    REFERENCE("reference", true),
    REFERENCE_DESC("reference", false),
    STATUS("status", true),
    STATUS_DESC("status", false),
    CATEGORY("categoryCode", true),
    CATEGORY_DESC("categoryCode", false),
    WARD("wardCode", true),
    WARD_DESC("wardCode", false),
    CASE_OFFICER("caseOfficer", true),
    CASE_OFFICER_DESC("caseOfficer", false);

    private final String property;
    private final boolean ascending;

    ReportSort(String property, boolean ascending) {
        this.property = property;
        this.ascending = ascending;
    }

    public String property() {
        return property;
    }

    public boolean ascending() {
        return ascending;
    }

    /** "receivedAt", "receivedAt,asc", "reference,desc" and so on; empty when it names nothing we sort by. */
    public static Optional<ReportSort> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(NEWEST);
        }
        String[] parts = text.strip().split(",");
        String property = parts[0].strip();
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
        if (parts.length > 2 || !(direction.isEmpty() || direction.equals("asc") || direction.equals("desc"))) {
            return Optional.empty();
        }
        for (ReportSort sort : values()) {
            boolean wantAscending = direction.isEmpty() ? !property.equals("receivedAt") : direction.equals("asc");
            if (sort.property.equals(property) && sort.ascending == wantAscending) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    public static ReportSort of(String property, boolean ascending) {
        for (ReportSort sort : values()) {
            if (sort.property.equals(property) && sort.ascending == ascending) {
                return sort;
            }
        }
        return NEWEST;
    }
}
