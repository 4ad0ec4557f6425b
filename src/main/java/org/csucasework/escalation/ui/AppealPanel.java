package org.csucasework.escalation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.AppealResult;
import org.csucasework.escalation.EscalationAppeals;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;

/**
 * An appeal against the served CPN (s46): lodged within 21 days of service; while it is pending the notice's "do"
 * requirements are suspended and the "stop" requirements stand; then the court's decision.
 */
class AppealPanel extends VerticalLayout {

    AppealPanel(String reference, EscalationAppeals appeals, CaseActions actions) {
        setPadding(false);
        EscalationAppeals.AppealView pending = appeals.appeals(reference).stream()
                .filter(EscalationAppeals.AppealView::pending).findFirst().orElse(null);
        if (pending == null) {
            lodge(reference, appeals, actions);
        } else {
            decide(reference, appeals, actions, pending);
        }
    }

    private void lodge(String reference, EscalationAppeals appeals, CaseActions actions) {
        DatePicker lodgedOn = CaseFields.pastDay("Day the appeal was lodged");
        TextField court = new TextField("Magistrates' court");
        court.setMaxLength(EscalationAppeals.COURT_MAX);
        DatePicker hearingOn = UkDates.picker("Hearing date (if known)");
        Button lodge = new Button("Record the appeal");
        lodge.addClickListener(e -> actions.act(() -> appeals.lodge(reference, lodgedOn.getValue(), court.getValue(),
                        hearingOn.getValue()), "Appeal recorded: the requirements to do things are suspended",
                Map.of("lodgedOn", lodgedOn, "court", court, "hearingOn", hearingOn)));
        add(new Details("Record an appeal against the notice", new VerticalLayout(new Paragraph(
                "The person may appeal to the magistrates' court within 21 days of the notice's service (s46). "
                        + "While the appeal runs, the requirements to do things are suspended; the requirements "
                        + "to stop stand unless the court suspends them."), new FormLayout(lodgedOn, court, hearingOn),
                lodge)));
    }

    private void decide(String reference, EscalationAppeals appeals, CaseActions actions,
                        EscalationAppeals.AppealView pending) {
        Select<AppealResult> result = CaseFields.choice("The court's decision", AppealResult::label,
                AppealResult.values());
        DatePicker decidedOn = CaseFields.pastDay("Day of the decision");
        TextArea note = new TextArea("Notes on the decision");
        note.setMaxLength(EscalationFieldLimits.NOTE);
        // A varied notice's new terms replace its requirements; the deadlines are moved on by the appeal's days.
        RequirementBoxes terms = new RequirementBoxes("As varied: what must stop (one per line)",
                "As varied: what must be done (one per line, each ending \"by dd/mm/yyyy\" as the court set it)");
        terms.doing.setHelperText("The days the appeal took are added to each deadline: while it ran, the "
                + "requirements to do things had no effect (s46(3))");
        terms.setVisible(false);
        result.addValueChangeListener(e -> terms.setVisible(e.getValue() == AppealResult.VARIED));
        Map<String, HasValidation> fields = Map.of("result", result, "decidedOn", decidedOn, "resultNote", note,
                "stopTerms", terms.stop, "doTerms", terms.doing);
        Button record = new Button("Record the decision");
        record.addClickListener(e -> {
            try {
                appeals.decide(reference, result.getValue(), decidedOn.getValue(), note.getValue(),
                        result.getValue() == AppealResult.VARIED ? terms.requirements() : List.of());
                actions.done("Appeal decision recorded");
            } catch (ValidationException ex) {
                Notices.refused(FieldErrors.show(terms.onFields(ex.errors(), "stopTerms", "doTerms"), fields));
            }
        });
        add(new H2("Appeal pending"), new Paragraph("Lodged on " + UkDates.day(pending.lodgedOn()) + " at "
                        + pending.court() + (pending.hearingOn() == null ? "" : "; hearing on "
                        + UkDates.day(pending.hearingOn())) + ". The notice's requirements to do things are suspended "
                        + "until the court decides (s46); its requirements to stop stand."),
                new FormLayout(result, decidedOn, note, terms.stop, terms.doing), record);
    }

    /** Whether a pending appeal suspends the "do" requirements of the step {@code stepId}. */
    static boolean suspends(List<EscalationAppeals.AppealView> appeals, Long stepId) {
        return appeals.stream().anyMatch(a -> a.stepId().equals(stepId) && a.pending());
    }
}
