package org.csucasework.intake.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.intake.HateCharacteristic;
import org.csucasework.reference.RiskQuestion;

/**
 * The victim risk assessment on the report form (DESIGN.md 4.7): ticked to assess now, then one yes/no per question
 * from the reference data. The answers go into the draft as they change; unticked, no assessment is made.
 */
final class RiskAssessmentSection extends Div {

    private final Checkbox assess = new Checkbox("Assess the victim's risk now");
    private final Map<String, Checkbox> questions = new LinkedHashMap<>();
    private final Div questionList = new Div();
    /** Asked whether or not the risk is assessed now: any one ticked makes a possible hate incident (decision 0023). */
    private final CheckboxGroup<HateCharacteristic> targetedFor =
            new CheckboxGroup<>("Targeted for who they are? Tick each that the victim says (a possible hate incident)");

    RiskAssessmentSection(List<RiskQuestion> riskQuestions, ReportDraft draft) {
        addClassName("risk-assessment");
        Paragraph help = new Paragraph("Tick each statement that is true for the victim. A high risk is flagged, put "
                + "on today's tasking agenda and told to the supervisors; a medium risk needs contact within 2 working days.");
        help.addClassName("form-help");
        for (RiskQuestion question : riskQuestions) {
            Checkbox answer = new Checkbox(question.getQuestion());
            answer.setId("risk-" + question.getCode());
            answer.addValueChangeListener(e -> draft.setRiskAnswers(answers()));
            questions.put(question.getCode(), answer);
            questionList.add(new Div(answer));
        }
        questionList.add(help);
        questionList.setVisible(false);
        assess.addValueChangeListener(e -> {
            questionList.setVisible(Boolean.TRUE.equals(e.getValue()));
            draft.setRiskAnswers(answers());
        });
        targetedFor.setItems(HateCharacteristic.values());
        targetedFor.setItemLabelGenerator(HateCharacteristic::label);
        targetedFor.addClassName("hate-characteristics");
        targetedFor.addValueChangeListener(e -> draft.setHateCharacteristics(e.getValue()));
        add(assess, questionList, targetedFor);
    }

    CheckboxGroup<HateCharacteristic> targetedForField() {
        return targetedFor;
    }

    /** The answers by question code, or null when no assessment is made. */
    Map<String, Boolean> answers() {
        if (!Boolean.TRUE.equals(assess.getValue())) {
            return null;
        }
        Map<String, Boolean> answers = new LinkedHashMap<>();
        questions.forEach((code, box) -> answers.put(code, Boolean.TRUE.equals(box.getValue())));
        return answers;
    }

    Checkbox assessField() {
        return assess;
    }

    Checkbox question(String code) {
        return questions.get(code);
    }
}
