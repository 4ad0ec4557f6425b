package org.csucasework.casereview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.casereview.internal.CaseReviewRepository;
import org.csucasework.intake.ReportService;
import org.csucasework.reference.WorkingDays;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ASB Case Review figures published each year (s104(10)): applications made in the period, and of those, the
 * threshold not met, reviews carried out, and reviews that resulted in recommendations; counted by the database.
 * They reach the annual figures page and the PDF pack through reporting's {@link HeadlineFigureSource}.
 */
@Component
@RequiredArgsConstructor
public class CaseReviewFigureSource implements HeadlineFigureSource {

    private final CaseReviewRepository reviews;
    private final WorkingDays workingDays;

    @Override
    @Transactional(readOnly = true)
    public Map<HeadlineFigure, Long> count(LocalDate from, LocalDate to) {
        Map<HeadlineFigure, Long> figures = new EnumMap<>(HeadlineFigure.class);
        figures.put(HeadlineFigure.CASE_REVIEW_APPLICATIONS, reviews.countApplied(from, to));
        figures.put(HeadlineFigure.CASE_REVIEW_THRESHOLD_NOT_MET, reviews.countThresholdNotMet(from, to));
        figures.put(HeadlineFigure.CASE_REVIEWS_CARRIED_OUT, reviews.countReviewsCarriedOut(from, to));
        figures.put(HeadlineFigure.CASE_REVIEWS_WITH_RECOMMENDATIONS, reviews.countReviewsWithRecommendations(from, to));
        return figures;
    }

    /** The published figures with the time to decision, for {@code GET /api/figures/case-reviews}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR', 'ADMIN')")
    public CaseReviewFigures figures(LocalDate from, LocalDate to) {
        Map<HeadlineFigure, Long> counts = count(from, to);
        List<Integer> days = new ArrayList<>();
        long late = 0;
        for (CaseReview review : reviews.decidedIn(from, to)) {
            LocalDate decided = review.getDecidedAt().atZone(ReportService.ZONE).toLocalDate();
            days.add(workingDays.between(review.getAppliedOn(), decided));
            if (decided.isAfter(review.getDecisionDue())) {
                late++;
            }
        }
        days.sort(Integer::compare);
        Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? (double) days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        return new CaseReviewFigures(from, to, counts.get(HeadlineFigure.CASE_REVIEW_APPLICATIONS),
                counts.get(HeadlineFigure.CASE_REVIEW_THRESHOLD_NOT_MET),
                counts.get(HeadlineFigure.CASE_REVIEWS_CARRIED_OUT),
                counts.get(HeadlineFigure.CASE_REVIEWS_WITH_RECOMMENDATIONS), median, late);
    }
}
