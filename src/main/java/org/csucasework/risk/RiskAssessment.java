package org.csucasework.risk;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;

/** One assessment of a report's victim, with its answers to the questions as they were asked. Never changed. */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter private Long id;

    @Column(name = "report_id", nullable = false)
    @Getter private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    @Getter private RiskStage stage;

    @Column(name = "score", nullable = false)
    @Getter private int score;

    @Column(name = "level", nullable = false)
    @Getter private String level;

    @Column(name = "automatic_high", nullable = false)
    @Getter private boolean automaticHigh;

    @Column(name = "assessed_at", nullable = false)
    @Getter private Instant assessedAt;

    @Column(name = "assessed_by", nullable = false)
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
