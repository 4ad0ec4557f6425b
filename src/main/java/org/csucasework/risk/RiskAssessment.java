package org.csucasework.risk;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** One assessment of a report's victim, with its answers to the questions as they were asked. Never changed. */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private RiskStage stage;

    @Column(nullable = false)
    @Getter private int score;

    @Column(nullable = false)
    @Getter private String level;

    @Column(nullable = false)
    @Getter private boolean automaticHigh;

    @Column(nullable = false)
    @Getter private Instant assessedAt;

    @Column(nullable = false)
    @Getter private String assessedBy;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<RiskAnswer> answers = new ArrayList<>();

    protected RiskAssessment() {
    }

    RiskAssessment(Long reportId, RiskStage stage, int score, String level, boolean automaticHigh, Instant assessedAt,
                   String assessedBy) {
        this.reportId = reportId;
        this.stage = stage;
        this.score = score;
        this.level = level;
        this.automaticHigh = automaticHigh;
        this.assessedAt = assessedAt;
        this.assessedBy = assessedBy;
    }

    void answer(String code, String question, int weight, boolean automaticHigh, boolean answer) {
        answers.add(new RiskAnswer(this, code, question, weight, automaticHigh, answer));
    }

    public List<RiskAnswer> getAnswers() { return List.copyOf(answers); }
}
