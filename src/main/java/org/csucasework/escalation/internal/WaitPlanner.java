package org.csucasework.escalation.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.WaitKind;
import org.csucasework.escalation.WaitPlan;
import org.csucasework.reference.EscalationStage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a case waits for once a step is served, counted from the day of service: an ABA's review and end, a CPW's
 * time to comply, a CPN's term, a watch period. The letters use the same plan, counted from the day they are written.
 */
@Component
public class WaitPlanner {

    private final int watchDays;
    private final int reviewDaysBefore;

    WaitPlanner(@Value("${casework.escalation.watch-days:183}") int watchDays,
                @Value("${casework.escalation.aba-review-days-before:14}") int reviewDaysBefore) {
        this.watchDays = watchDays;
        this.reviewDaysBefore = reviewDaysBefore;
    }

    /** The plan if the step were served on {@code from}; changes nothing. */
    public WaitPlan plan(EscalationCase c, EscalationStep step, EscalationStage stage, LocalDate from) {
        int days = Optional.ofNullable(step.getDurationDays())
                .or(() -> Optional.ofNullable(stage.getDefaultDurationDays())).orElse(watchDays);
        return switch (step.getStageCode()) {
            case Ladder.ABA -> {
                LocalDate termEnd = from.plusDays(days);
                LocalDate review = termEnd.minusDays(reviewDaysBefore);
                yield new WaitPlan(WaitKind.ABA, review.isBefore(from) ? from : review, termEnd, null, null, false);
            }
            case Ladder.CPW -> new WaitPlan(WaitKind.CPW, null, null, from.plusDays(days), null, false);
            case Ladder.CPN -> new WaitPlan(WaitKind.WATCH, null, from.plusDays(days), null, from.plusDays(days), false);
            case Ladder.ABA_BREACH_LETTER -> c.getWaitKind() == WaitKind.ABA && c.getTermEnd() != null
                    && !c.getTermEnd().isBefore(from)
                    // The agreement stays in force after a breach letter: keep waiting for its review and end.
                    ? new WaitPlan(WaitKind.ABA, c.getReviewDate(), c.getTermEnd(), null, null, c.isAbaReviewed())
                    : new WaitPlan(WaitKind.WATCH, null, c.getTermEnd(), null, from.plusDays(watchDays), false);
            default -> new WaitPlan(WaitKind.WATCH, null, null, null, from.plusDays(watchDays), false);
        };
    }
}
