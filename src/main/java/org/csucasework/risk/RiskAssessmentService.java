package org.csucasework.risk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.RiskLevel;
import org.csucasework.reference.RiskQuestion;
import org.csucasework.risk.internal.RiskAssessmentRepository;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores victim risk assessments against the questions and levels of the reference data and keeps each one with the
 * questions as they were asked. The caller (intake, at logging and at reviews) has checked that the user may assess
 * the report, and acts on the level: this module knows nothing of reports beyond their id.
 */
@Service
@RequiredArgsConstructor
public class RiskAssessmentService {

    /** The field the answers are reported under, as in the API ({@code riskAssessment.answers.CODE}). */
    public static final String ANSWERS_FIELD = "riskAssessment.answers";

    /**
     * The question whose yes records a possible hate incident (the victim targeted for who they are). Its code is
     * what marks a person "possible hate incident" wherever they appear: an administrator may reword the question,
     * and a replacement must keep this code.
     */
    public static final String HATE_QUESTION = "TARGETED_IDENTITY";

    private final RiskAssessmentRepository assessments;
    private final ReferenceDataService referenceData;
    private final Clock clock;

    /** The questions asked now, in their order. */
    @Transactional(readOnly = true)
    public List<RiskQuestion> questions() {
        return referenceData.list(ReferenceType.RISK_QUESTIONS).stream().filter(RiskQuestion::isActive)
                .sorted(Comparator.comparing(RiskQuestion::getId)).toList();
    }

    /** The levels, lowest first. */
    @Transactional(readOnly = true)
    public List<RiskLevel> levels() {
        return referenceData.list(ReferenceType.RISK_LEVELS).stream()
                .sorted(Comparator.comparing(RiskLevel::getMinScore)).toList();
    }

    /**
     * What is wrong with these answers, each at its field: a code that is not a question asked now is named
     * ("Unknown question FOO"), an answer that is neither yes nor no is refused. Questions not answered count as no.
     */
    @Transactional(readOnly = true)
    public List<FieldError> problems(Map<String, Boolean> answers) {
        List<FieldError> errors = new ArrayList<>();
        if (answers == null) {
            errors.add(new FieldError(ANSWERS_FIELD, "Answer the risk questions (question code: true or false)"));
            return errors;
        }
        List<String> codes = questions().stream().map(RiskQuestion::getCode).toList();
        answers.forEach((code, answer) -> {
            String shown = code == null ? "" : code.length() > 60 ? code.substring(0, 60) + "..." : code;
            if (code == null || !codes.contains(code)) {
                errors.add(new FieldError(ANSWERS_FIELD + "." + shown, "Unknown question " + shown));
            } else if (answer == null) {
                errors.add(new FieldError(ANSWERS_FIELD + "." + shown, "Answer true or false"));
            }
        });
        return errors;
    }

    /**
     * Scores and keeps an assessment: the sum of the weights of the questions answered yes; the highest level whose
     * lowest score it reaches; HIGH whatever the score when an automatic-high question is answered yes.
     */
    @Transactional
    public RiskResult assess(Long reportId, RiskStage stage, Map<String, Boolean> answers, String assessedBy) {
        List<FieldError> errors = problems(answers);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<RiskQuestion> asked = questions();
        int score = 0;
        boolean automaticHigh = false;
        for (RiskQuestion question : asked) {
            if (Boolean.TRUE.equals(answers.get(question.getCode()))) {
                score += Objects.requireNonNullElse(question.getWeight(), 0);
                automaticHigh |= question.isAutomaticHigh();
            }
        }
        String level = automaticHigh ? RiskLevel.HIGH : levelFor(score);
        RiskAssessment assessment = new RiskAssessment(reportId, stage, score, level, automaticHigh, clock.instant(),
                assessedBy);
        for (RiskQuestion question : asked) {
            assessment.answer(question.getCode(), question.getQuestion(),
                    Objects.requireNonNullElse(question.getWeight(), 0), question.isAutomaticHigh(),
                    Boolean.TRUE.equals(answers.get(question.getCode())));
        }
        assessments.save(assessment);
        return new RiskResult(assessment.getId(), score, level, automaticHigh);
    }

    /** The assessments of a report, oldest first. The caller checks that the user may see the report. */
    @Transactional(readOnly = true)
    public List<RiskAssessment> assessmentsOf(Long reportId) {
        List<RiskAssessment> found = assessments.findByReportIdOrderByAssessedAtAscIdAsc(reportId);
        found.forEach(a -> a.getAnswers().size());
        return found;
    }

    private String levelFor(int score) {
        String level = RiskLevel.STANDARD;
        for (RiskLevel candidate : levels()) {
            if (score >= candidate.getMinScore()) {
                level = candidate.getLevel();
            }
        }
        return level;
    }
}
