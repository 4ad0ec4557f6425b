package org.csucasework.escalation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.Decision;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.shared.ui.UkDates;

/** A supervisor's decision on the step proposed: what it is and its evidence, then approve, return or reject. */
class DecisionPanel extends VerticalLayout {

    DecisionPanel(CaseDetails.StepView step, EscalationProposals proposals, CaseActions actions) {
        TextArea decisionNote = new TextArea("Comments or reason");
        Button approve = new Button("Approve");
        Button returnStep = new Button("Return with comments");
        Button reject = new Button("Reject");
        decisionNote.setMaxLength(EscalationFieldLimits.NOTE);
        decisionNote.setHelperText("Required to return or reject; shown to the caseworker");
        decisionNote.setWidthFull();
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Map.Entry<Button, Decision> choice : Map.of(approve, Decision.APPROVE, returnStep, Decision.RETURN,
                reject, Decision.REJECT).entrySet()) {
            choice.getKey().addClickListener(e -> actions.act(() -> proposals.decide(step.id(), step.version(),
                    choice.getValue(), decisionNote.getValue()), done(step, choice.getValue()),
                    Map.of("note", decisionNote)));
        }
        add(new H2("Decision"), summary(step), decisionNote, new HorizontalLayout(approve, returnStep, reject));
        addClassName("decision-panel");
    }

    private static String done(CaseDetails.StepView step, Decision decision) {
        return switch (decision) {
            case APPROVE -> step.stageLabel() + " approved: serve it, then record the service";
            case RETURN -> "Returned to the caseworker with your comments";
            case REJECT -> "Proposal rejected";
        };
    }

    private static VerticalLayout summary(CaseDetails.StepView step) {
        VerticalLayout summary = new VerticalLayout();
        summary.setPadding(false);
        summary.add(new H3(step.stageLabel() + (step.skip() ? " (skips a stage)" : "")));
        summary.add(new Paragraph("Proposed by " + step.proposedBy() + " on " + UkDates.moment(step.submittedAt())
                + (step.submissions() > 1 ? " (resubmission " + step.submissions() + ")" : "")
                + " · to be served: " + step.serviceMethod().label()
                + (step.durationDays() == null ? "" : " · " + step.durationDays() + " days")));
        summary.add(new Paragraph("Conduct: " + step.conduct()));
        summary.add(new Paragraph("Evidence: " + String.join(", ", step.evidenceReferences())));
        step.requirements().forEach(r -> summary.add(new Paragraph(r.kind().label() + ": " + r.text()
                + (r.deadline() == null ? "" : ", by " + UkDates.day(r.deadline())))));
        if (step.skip()) {
            Paragraph justification = new Paragraph("Justification for skipping: " + step.skipJustification());
            justification.addClassName("skip-justification");
            summary.add(justification);
        }
        return summary;
    }
}
