package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;

/** One of the six criteria each community safety issue is scored on in the priority ranking matrix. */
@Entity
@Table(name = "priority_criterion")
public class PriorityCriterion extends CodedReferenceEntity {

    @NotBlank(message = "Enter the criterion")
    @Size(max = ReferenceFieldLimits.NAME, message = "At most 160 characters")
    @Column(nullable = false)
    @Getter private String label;

    @NotBlank(message = "Enter the allowed scores, e.g. 0|1|3|5")
    @Pattern(regexp = "[0-9]+(\\|[0-9]+)*", message = "Scores are whole numbers separated by |, e.g. 0|1|3|5")
    @Column(nullable = false)
    @Getter private String allowedScores;

    public PriorityCriterion() {
    }

    public PriorityCriterion(String code, String label, String allowedScores) {
        setCode(code);
        this.label = label;
        this.allowedScores = allowedScores;
    }

    public void setLabel(String label) { this.label = label; }
    public void setAllowedScores(String allowedScores) { this.allowedScores = allowedScores; }

    public List<Integer> allowedScoreValues() {
        return Arrays.stream(allowedScores.split("\\|")).map(Integer::valueOf).toList();
    }
}
