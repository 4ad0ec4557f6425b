package org.csucasework.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.IntervalCounts;
import org.csucasework.intake.ReportDimension;
import org.csucasework.intake.ReportFigures;
import org.csucasework.reference.Category;
import org.csucasework.reference.PriorityCriterion;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reporting.internal.PriorityIssue;
import org.csucasework.reporting.internal.PriorityMatrix;
import org.csucasework.reporting.internal.PriorityMatrixRepository;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The priority ranking matrix per Strategic Assessment year: read by analysts, supervisors and administrators,
 * changed by analysts. A save carries the version it was based on; a matrix changed meanwhile is a conflict (409),
 * never silently overwritten.
 */
@Service
@RequiredArgsConstructor
public class PriorityService {

    private final PriorityMatrixRepository matrices;
    private final ReferenceDataService referenceData;
    private final FiguresService figures;
    private final ReportFigures reportFigures;
    private final UserService users;
    private final PriorityProperties properties;
    private final Clock clock;

    @PreAuthorize(FiguresService.READERS)
    @Transactional(readOnly = true)
    public PriorityRanking ranking(int year) {
        checkYear(year);
        List<PriorityRanking.Criterion> criteria = criteria();
        Period period = figures.strategicYear(year);
        Map<String, Integer> lastYear = new HashMap<>();
        matrices.findByYear(year - 1).ifPresent(previous -> previous.getIssues()
                .forEach(issue -> lastYear.put(key(issue.getName()), total(issue.getScores()))));
        Volumes volumes = volumes(period);
        List<PriorityRanking.Issue> issues = new ArrayList<>();
        PriorityMatrix matrix = matrices.findByYear(year).orElse(null);
        if (matrix != null) {
            for (PriorityIssue issue : matrix.getIssues()) {
                Map<String, Integer> scores = new LinkedHashMap<>();
                criteria.forEach(c -> scores.put(c.code(), issue.getScores().getOrDefault(c.code(), 0)));
                int total = total(scores);
                Suggestion suggestion = suggest(issue.getCategoryCodes(), volumes);
                issues.add(new PriorityRanking.Issue(issue.getName(), issue.getCategoryCodes(), scores, total,
                        total >= properties.threshold(), lastYear.get(key(issue.getName())), suggestion.trend,
                        suggestion.volume, suggestion.basis));
            }
        }
        return new PriorityRanking(year, period, matrix == null ? null : matrix.getVersion(), properties.threshold(),
                criteria, issues);
    }

    /** The trend and volume scores the year's reports suggest for an issue covering these categories. */
    @PreAuthorize(FiguresService.READERS)
    @Transactional(readOnly = true)
    public Suggestion suggestion(int year, Collection<String> categoryCodes) {
        checkYear(year);
        return suggest(List.copyOf(categoryCodes), volumes(figures.strategicYear(year)));
    }

    @PreAuthorize("hasRole('" + Role.ANALYST_NAME + "')")
    @Transactional
    public PriorityRanking save(int year, PriorityUpdate update) {
        checkYear(year);
        List<PriorityRanking.Criterion> criteria = criteria();
        List<PriorityIssue> issues = check(update, criteria);
        PriorityMatrix matrix = matrices.findByYear(year).orElse(null);
        if (matrix == null ? update.version() != null : update.version() == null || matrix.getVersion() != update.version()) {
            throw new ConflictException("Someone else changed the priority ranking of " + year
                    + " while you were working on it. Reload it and enter your change again.");
        }
        if (matrix == null) {
            matrix = new PriorityMatrix(year);
        }
        Instant now = clock.instant();
        matrix.replaceIssues(issues, now, users.requireCurrentUser().username());
        try {
            matrices.saveAndFlush(matrix);
        } catch (ObjectOptimisticLockingFailureException | org.springframework.dao.DataIntegrityViolationException e) {
            throw new ConflictException("Someone else changed the priority ranking of " + year
                    + " at the same moment. Reload it and enter your change again.");
        }
        return ranking(year);
    }

    private List<PriorityIssue> check(PriorityUpdate update, List<PriorityRanking.Criterion> criteria) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> categories = referenceData.list(ReferenceType.CATEGORIES).stream().map(Category::getCode)
                .collect(Collectors.toSet());
        Set<String> criterionCodes = criteria.stream().map(PriorityRanking.Criterion::code).collect(Collectors.toSet());
        Set<String> names = new HashSet<>();
        List<PriorityIssue> issues = new ArrayList<>();
        for (int i = 0; i < update.issues().size(); i++) {
            PriorityUpdate.Issue issue = update.issues().get(i);
            String prefix = "issues[" + i + "].";
            String name = issue == null || issue.name() == null ? "" : issue.name().trim();
            if (issue == null) {
                errors.add(new FieldError("issues[" + i + "]", "Empty issue"));
                continue;
            }
            if (name.isEmpty()) {
                errors.add(new FieldError(prefix + "name", "Enter the community safety issue"));
            } else if (name.length() > PriorityIssue.NAME_LENGTH) {
                errors.add(new FieldError(prefix + "name", "At most " + PriorityIssue.NAME_LENGTH + " characters"));
            } else if (!names.add(key(name))) {
                errors.add(new FieldError(prefix + "name", "The issue " + name + " is already in the matrix"));
            }
            for (String code : issue.categoryCodes()) {
                if (!categories.contains(code)) {
                    errors.add(new FieldError(prefix + "categoryCodes", "Unknown category " + code));
                }
            }
            for (PriorityRanking.Criterion criterion : criteria) {
                Integer score = issue.scores().get(criterion.code());
                if (score == null) {
                    errors.add(new FieldError(prefix + "scores." + criterion.code(), "Score " + criterion.label()));
                } else if (!criterion.allowedScores().contains(score)) {
                    errors.add(new FieldError(prefix + "scores." + criterion.code(), "Score one of "
                            + criterion.allowedScores().stream().map(String::valueOf).collect(Collectors.joining(", "))));
                }
            }
            issue.scores().keySet().stream().filter(code -> !criterionCodes.contains(code)).forEach(code ->
                    errors.add(new FieldError(prefix + "scores." + code, "Unknown criterion " + code)));
            issues.add(new PriorityIssue(name, issue.categoryCodes().stream().distinct().toList(), issue.scores()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return issues;
    }

    private List<PriorityRanking.Criterion> criteria() {
        return referenceData.list(ReferenceType.PRIORITY_CRITERIA).stream()
                .map(c -> new PriorityRanking.Criterion(c.getCode(), c.getLabel(), allowed(c))).toList();
    }

    private static List<Integer> allowed(PriorityCriterion criterion) {
        try {
            return criterion.allowedScoreValues();
        } catch (RuntimeException e) {
            return List.of(0, 1, 3, 5);
        }
    }

    private static void checkYear(int year) {
        if (year < 1990 || year > 2200) {
            throw ValidationException.of("year", "Choose a year between 1990 and 2200");
        }
    }

    private static int total(Map<String, Integer> scores) {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.UK).replaceAll("\\s+", " ");
    }

    // Suggestions from the year's reports, counted by the database per category.

    /** The trend and volume scores the data suggest, with their basis in words; all null without categories. */
    public record Suggestion(Integer trend, Integer volume, String basis) {
    }

    private record Volumes(Map<String, long[]> byCategory, long total, long previousTotal) {
    }

    private Volumes volumes(Period period) {
        Period previous = period.previous();
        Map<String, long[]> byCategory = new HashMap<>();
        long total = 0;
        long previousTotal = 0;
        for (IntervalCounts counts : reportFigures.countByInterval(ReportDimension.CATEGORY,
                List.of(FiguresService.start(previous.from()), FiguresService.start(period.from()),
                        FiguresService.end(period.to())))) {
            if (counts.code() != null) {
                byCategory.put(counts.code(), counts.counts());
            }
            previousTotal += counts.counts()[0];
            total += counts.counts()[1];
        }
        return new Volumes(byCategory, total, previousTotal);
    }

    private Suggestion suggest(List<String> categoryCodes, Volumes volumes) {
        if (categoryCodes.isEmpty()) {
            return new Suggestion(null, null, null);
        }
        long current = 0;
        long previous = 0;
        for (String code : categoryCodes) {
            long[] counts = volumes.byCategory().get(code);
            if (counts != null) {
                previous += counts[0];
                current += counts[1];
            }
        }
        BigDecimal change = Change.percentage(current, previous);
        int trend;
        if (previous == 0) {
            trend = current > 0 ? 5 : 0;
        } else if (change.signum() <= 0) {
            trend = 0;
        } else if (change.doubleValue() <= properties.trendSlight()) {
            trend = 1;
        } else if (change.doubleValue() <= properties.trendSerious()) {
            trend = 3;
        } else {
            trend = 5;
        }
        BigDecimal share = volumes.total() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(current * 100)
                .divide(BigDecimal.valueOf(volumes.total()), 1, RoundingMode.HALF_UP);
        int volume;
        if (current == 0) {
            volume = 0;
        } else if (share.doubleValue() < properties.volumeSlight()) {
            volume = 1;
        } else if (share.doubleValue() < properties.volumeSerious()) {
            volume = 3;
        } else {
            volume = 5;
        }
        String basis = current + " reports this year, " + previous + " the year before"
                + (change == null ? "" : " (" + (change.signum() > 0 ? "+" : "") + change.toPlainString() + "%)")
                + "; " + share.toPlainString() + "% of all " + volumes.total() + " reports";
        return new Suggestion(trend, volume, basis);
    }
}
