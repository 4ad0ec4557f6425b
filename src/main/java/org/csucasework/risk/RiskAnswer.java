package org.csucasework.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** One answer, with the question's text, weight and automatic-high as they were when it was asked. */
@Entity
@Table(name = "risk_answer")
public class RiskAnswer extends IdentifiedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id")
    private RiskAssessment assessment;

    @Column(nullable = false)
    @Getter private String code;

    @Column(nullable = false)
    @Getter private String question;

    @Column(nullable = false)
    @Getter private int weight;

    @Column(nullable = false)
    @Getter private boolean automaticHigh;

    @Column(nullable = false)
    @Getter private boolean answer;

    protected RiskAnswer() {
    }

    RiskAnswer(RiskAssessment assessment, String code, String question, int weight, boolean automaticHigh,
               boolean answer) {
        this.assessment = assessment;
        this.code = code;
        this.question = question;
        this.weight = weight;
        this.automaticHigh = automaticHigh;
        this.answer = answer;
    }
}
