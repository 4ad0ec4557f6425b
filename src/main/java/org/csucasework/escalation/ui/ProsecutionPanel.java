package org.csucasework.escalation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.EscalationAppeals;
import org.csucasework.escalation.EscalationProsecutions;
import org.csucasework.escalation.ProsecutionOutcome;
import org.csucasework.shared.ui.UkDates;

/**
 * Prosecution for a breach of the notice (s48): never while a fixed penalty may still be paid (s52); the remedial
 * (s49) and forfeiture (s50) orders asked for, then the outcome and the orders made.
 */
class ProsecutionPanel extends Details {

    ProsecutionPanel(String reference, EscalationProsecutions prosecutions, CaseActions actions) {
        super("Prosecution");
        List<EscalationProsecutions.ProsecutionView> caseProsecutions = prosecutions.prosecutions(reference);
        VerticalLayout content = CaseFields.column();
        caseProsecutions.forEach(p -> content.add(new Paragraph(p.court() + (p.hearingOn() == null ? ""
                : ", hearing " + UkDates.day(p.hearingOn())) + " · " + (p.outcome() == null ? "Outcome awaited"
                : ProsecutionOutcome.valueOf(p.outcome()).label() + " " + UkDates.day(p.outcomeOn())
                + (p.remedialOrderMade() ? "; remedial order made" : "")
                + (p.forfeitureOrderMade() ? "; forfeiture order made" : "")))));
        if (caseProsecutions.stream().anyMatch(p -> p.outcome() == null)) {
            Select<ProsecutionOutcome> outcome = CaseFields.choice("Outcome", ProsecutionOutcome::label,
                    ProsecutionOutcome.values());
            DatePicker on = CaseFields.pastDay("Day of the outcome");
            Checkbox remedial = new Checkbox("Remedial order made (s49)");
            Checkbox forfeiture = new Checkbox("Forfeiture order made (s50)");
            Button record = new Button("Record the outcome");
            record.addClickListener(e -> actions.act(() -> prosecutions.outcome(reference, outcome.getValue(),
                    on.getValue(), remedial.getValue(), forfeiture.getValue()), "Outcome recorded",
                    Map.of("outcome", outcome, "outcomeOn", on)));
            content.add(outcome, on, remedial, forfeiture, record);
        } else {
            TextField court = new TextField("Magistrates' court");
            court.setMaxLength(EscalationAppeals.COURT_MAX);
            DatePicker hearing = UkDates.picker("Hearing date (if known)");
            Checkbox remedial = new Checkbox("Ask for a remedial order (s49)");
            Checkbox forfeiture = new Checkbox("Ask for a forfeiture order (s50)");
            Button prepare = new Button("Record the prosecution file");
            prepare.addClickListener(e -> actions.act(() -> prosecutions.prepare(reference, court.getValue(),
                    hearing.getValue(), remedial.getValue(), forfeiture.getValue()), "Prosecution recorded",
                    Map.of("court", court, "hearingOn", hearing)));
            content.add(new Paragraph("For a confirmed breach of the notice (s48); not while a fixed penalty may "
                    + "still be paid (s52)."), court, hearing, remedial, forfeiture, prepare);
        }
        add(content);
    }
}
