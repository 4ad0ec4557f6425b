package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;

/**
 * A question of the victim risk assessment ({@code reference/risk-questions.csv}): a yes adds its weight to the
 * score; a yes to an automatic-high question makes the risk HIGH whatever the score.
 */
@Entity
@Table(name = "risk_question")
public class RiskQuestion extends CodedReferenceEntity {

    public static final int QUESTION_LENGTH = 500;

    @NotBlank(message = "Enter the question")
    @Size(max = QUESTION_LENGTH, message = "At most 500 characters")
    @Column(nullable = false)
    @Getter private String question;

    @NotNull(message = "Enter the weight")
    @Min(value = 0, message = "At least 0")
    @Max(value = 100, message = "At most 100")
    @Column(nullable = false)
    @Getter private Integer weight = 0;

    @Column(nullable = false)
    @Getter private boolean automaticHigh;

    @Column(nullable = false)
    @Getter private boolean active = true;

    public RiskQuestion() {
    }

    public RiskQuestion(String code, String question, int weight, boolean automaticHigh) {
        setCode(code);
        this.question = question;
        this.weight = weight;
        this.automaticHigh = automaticHigh;
    }

    public void setQuestion(String question) { this.question = question; }
    public void setWeight(Integer weight) { this.weight = weight; }
    public void setAutomaticHigh(boolean automaticHigh) { this.automaticHigh = automaticHigh; }
    public void setActive(boolean active) { this.active = active; }
}
