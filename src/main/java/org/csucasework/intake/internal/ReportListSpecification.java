package org.csucasework.intake.internal;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportFilter;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportShare;
import org.springframework.data.jpa.domain.Specification;

/** The conditions of a reports list, as a query: the filter's, and for a partner officer what their agency sees. */
public final class ReportListSpecification {

    private ReportListSpecification() {
    }

    /**
     * @param owner the case officer's username, {@link ReportFilter#NOBODY} or null for anyone
     * @param agencyCode the partner's agency, null for users who see every report
     * @param receivedBefore reports received before this instant, or null
     */
    public static Specification<Report> of(ReportFilter filter, String owner, String agencyCode,
                                           Instant receivedBefore) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.wardCode() != null) {
                where.add(cb.equal(root.get("wardCode"), filter.wardCode()));
            }
            if (filter.categoryCode() != null) {
                where.add(cb.equal(root.get("categoryCode"), filter.categoryCode()));
            }
            if (ReportFilter.NOBODY.equals(owner)) {
                where.add(cb.isNull(root.get("caseOfficer")));
            } else if (owner != null) {
                where.add(cb.equal(root.get("caseOfficer"), owner));
            }
            if (receivedBefore != null) {
                where.add(cb.lessThan(root.get("receivedAt"), receivedBefore));
            }
            for (ReportFlag flag : filter.flags()) {
                String column = flagColumn(flag);
                where.add(column == null ? cb.disjunction() : cb.isTrue(root.get(column)));
            }
            if (agencyCode != null) {
                Subquery<Long> shared = query.subquery(Long.class);
                var share = shared.from(ReportShare.class);
                shared.select(share.get("reportId")).where(cb.equal(share.get("reportId"), root.get("id")),
                        cb.equal(share.get("agencyCode"), agencyCode));
                where.add(cb.or(cb.equal(root.get("owningAgencyCode"), agencyCode), cb.exists(shared)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The report's column for a flag it keeps; null for a flag it does not keep (no report has it). */
    private static String flagColumn(ReportFlag flag) {
        return switch (flag.name()) {
            case "REPEAT_PLACE" -> "repeatPlace";
            case "REPEAT_PERSON" -> "repeatPerson";
            case "TASK_AND_FINISH_SUGGESTED" -> "taskAndFinishSuggested";
            case "CASE_REVIEW_THRESHOLD" -> "caseReviewThreshold";
            default -> null;
        };
    }
}
