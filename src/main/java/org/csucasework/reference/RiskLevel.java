package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/**
 * A level of victim risk ({@code reference/risk-levels.csv}): reached at {@code minScore}. The product acts on the
 * levels {@link #MEDIUM} and {@link #HIGH}; an administrator moves their thresholds.
 */
@Entity
@Table(name = "risk_level")
@Getter
public class RiskLevel extends ReferenceEntity {

    public static final String STANDARD = "STANDARD";
    public static final String MEDIUM = "MEDIUM";
    public static final String HIGH = "HIGH";

    @NotBlank(message = "Enter the level")
    @Size(max = 20, message = "At most 20 characters")
    @Pattern(regexp = ReferenceFieldLimits.CODE_PATTERN, message = "Use capital letters, digits and underscores")
    @Column(nullable = false)
    private String level;

    @NotNull(message = "Enter the lowest score at this level")
    @Min(value = 0, message = "At least 0")
    @Column(nullable = false)
    private Integer minScore = 0;

    @Size(max = ReferenceFieldLimits.LONG_LABEL, message = "At most 300 characters")
    private String meaning;

    public RiskLevel() {
    }

    public RiskLevel(String level, int minScore, String meaning) {
        this.level = level;
        this.minScore = minScore;
        this.meaning = meaning;
    }

    @Override
    public String getCode() { return level; }
    public void setLevel(String level) { this.level = level; }
    public void setMinScore(Integer minScore) { this.minScore = minScore; }
    public void setMeaning(String meaning) { this.meaning = meaning; }
}
