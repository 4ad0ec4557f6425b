package org.csucasework.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;

/** One answer, with the question's text, weight and automatic-high as they were when it was asked. */
@Entity
@Table(name = "risk_answer")
public class RiskAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id")
    private RiskAssessment assessment;

    @Column(name = "code", nullable = false)
    @Getter private String code;

    @Column(name = "question", nullable = false)
    @Getter private String question;

    @Column(name = "weight", nullable = false)
    @Getter private int weight;

    @Column(name = "automatic_high", nullable = false)
    @Getter private boolean automaticHigh;

    @Column(name = "answer", nullable = false)
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
