package org.csucasework.escalation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csucasework.escalation.AgreementOutcome;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.EscalationAgreements.AgreementView;
import org.csucasework.escalation.EscalationAgreements;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.LegalOutcomeRules;
import org.csucasework.escalation.StepStatus;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;

/**
 * The case's Acceptable Behaviour Agreements: each served one signed or refused, with the support offered and the
 * positive requirements, for everyone who sees the case (a refusal may be evidence for the next step); and, for the
 * caseworkers of an open case, the form to record what became of a served one. The agreement is put to the person at
 * a meeting, which is its service: so it is recorded once the service is.
 */
class AgreementPanel extends Details {

    /** Whether the case has a served ABA to show. */
    static boolean applies(CaseDetails d) {
        return d.steps().stream().anyMatch(AgreementPanel::servedAba);
    }

    AgreementPanel(CaseDetails d, EscalationAgreements agreements, boolean canRecord, CaseActions actions) {
        super("Acceptable Behaviour Agreement");
        setOpened(true);
        addClassName("agreement-panel");
        List<AgreementView> recorded = agreements.agreements(d.reference());
        VerticalLayout content = CaseFields.column();
        List<CaseDetails.StepView> served = d.steps().stream().filter(AgreementPanel::servedAba).toList();
        served.forEach(step -> content.add(summary(step, recorded.stream()
                .filter(a -> a.stepId().equals(step.id())).findFirst())));
        Optional<CaseDetails.StepView> awaiting = served.stream()
                .filter(s -> recorded.stream().noneMatch(a -> a.stepId().equals(s.id()))).reduce((a, b) -> b);
        if (canRecord && awaiting.isPresent()) {
            content.add(form(d, awaiting.get(), agreements, actions));
        }
        add(content);
    }

    private static boolean servedAba(CaseDetails.StepView step) {
        return Ladder.ABA.equals(step.stageCode()) && step.status() == StepStatus.SERVED;
    }

    private static VerticalLayout summary(CaseDetails.StepView step, Optional<AgreementView> agreement) {
        VerticalLayout summary = CaseFields.column();
        summary.setSpacing(false);
        String served = "Served " + UkDates.day(step.servedOn()) + ": ";
        if (agreement.isEmpty()) {
            summary.add(new Paragraph(served + "not yet recorded as signed or refused"));
            return summary;
        }
        AgreementView a = agreement.get();
        summary.add(new Paragraph(served + (a.outcome() == AgreementOutcome.SIGNED
                ? "signed on " + UkDates.day(a.decidedOn()) + (a.guardianSigned() ? " by the person and their parent "
                + "or guardian" : "")
                : "refused on " + UkDates.day(a.decidedOn()) + ". The refusal may be evidence for the next step.")));
        if (a.supportOffered() != null) {
            summary.add(new Paragraph("Support offered: " + a.supportOffered()));
        }
        a.positiveRequirements().forEach(r -> summary.add(new Paragraph("Positive requirement: " + r)));
        return summary;
    }

    private static FormLayout form(CaseDetails d, CaseDetails.StepView step, EscalationAgreements agreements,
                                   CaseActions actions) {
        LocalDate today = LocalDate.now(UkDates.ZONE);
        Select<AgreementOutcome> outcome = CaseFields.choice("Signed or refused", AgreementOutcome::label,
                AgreementOutcome.values());
        DatePicker decidedOn = CaseFields.pastDay("Day it was signed or refused");
        decidedOn.setMin(step.servedOn());
        decidedOn.setValue(step.servedOn());
        Checkbox guardianSigned = new Checkbox("Signed by the parent or guardian too");
        guardianSigned.setVisible(new LegalOutcomeRules.Subject(d.body(), d.dateOfBirth(), d.youngPerson())
                .under18On(today));
        TextArea support = new TextArea("Support offered");
        support.setMaxLength(EscalationFieldLimits.NOTE);
        TextArea requirements = new TextArea("Positive requirements (one per line)");
        requirements.setHelperText("What the person agreed to do, for example attend a youth club each week");
        Button record = new Button("Record the agreement");
        record.addClickListener(e -> actions.act(() -> {
            try {
                agreements.record(step.id(), outcome.getValue(), decidedOn.getValue(), guardianSigned.getValue(),
                        support.getValue(), RequirementBoxes.lines(requirements.getValue()));
            } catch (ValidationException refused) {
                throw new ValidationException(onLines(refused.errors()));
            }
        }, "Agreement recorded", Map.of("outcome", outcome, "decidedOn", decidedOn, "guardianSigned", guardianSigned,
                "supportOffered", support, "positiveRequirements", requirements)));
        FormLayout form = new FormLayout(outcome, decidedOn, guardianSigned, support, requirements, record);
        form.getElement().setAttribute("aria-label", "Record what became of the agreement served "
                + UkDates.day(step.servedOn()));
        return form;
    }

    /** A refused requirement is shown at the box, by its line: "positiveRequirements[2]" is line 3. */
    private static List<FieldError> onLines(List<FieldError> errors) {
        return errors.stream().map(e -> e.field().startsWith("positiveRequirements[")
                ? new FieldError("positiveRequirements", "Line " + (Integer.parseInt(e.field()
                .substring(e.field().indexOf('[') + 1, e.field().indexOf(']'))) + 1) + ": " + e.message())
                : e).toList();
    }
}
