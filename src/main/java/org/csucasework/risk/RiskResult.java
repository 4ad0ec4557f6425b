package org.csucasework.risk;

import org.csucasework.reference.RiskLevel;

/**
 * The outcome of one assessment: its score, its level ({@link RiskLevel#STANDARD}, {@link RiskLevel#MEDIUM},
 * {@link RiskLevel#HIGH} or another level an administrator added) and whether an automatic-high answer made it HIGH.
 */
public record RiskResult(Long assessmentId, int score, String level, boolean automaticHigh) {

    public boolean isHigh() {
        return RiskLevel.HIGH.equals(level);
    }

    public boolean isMedium() {
        return RiskLevel.MEDIUM.equals(level);
    }
}
