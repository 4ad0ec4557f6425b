package org.csucasework.escalation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.EscalationPenalties;
import org.csucasework.shared.ui.UkDates;

/**
 * Fixed penalties for a confirmed breach of the notice (s52): the configured amount, payable within 14 days, no
 * prosecution meanwhile; unpaid, the prosecution file follows.
 */
class PenaltyPanel extends Details {

    PenaltyPanel(String reference, EscalationPenalties penalties, CaseActions actions) {
        super("Fixed penalty");
        List<EscalationPenalties.PenaltyView> casePenalties = penalties.penalties(reference);
        VerticalLayout content = CaseFields.column();
        casePenalties.forEach(p -> content.add(new Paragraph(EscalationPenalties.pounds(p.amountPence())
                + " issued " + UkDates.day(p.issuedOn()) + " · " + p.statusLabel())));
        if (casePenalties.stream().anyMatch(p -> p.status().equals("ISSUED"))) {
            DatePicker paidOn = CaseFields.pastDay("Day it was paid");
            Button paid = new Button("Record the payment");
            paid.addClickListener(e -> actions.act(() -> penalties.paid(reference, paidOn.getValue()),
                    "Payment recorded", Map.of("paidOn", paidOn)));
            content.add(paidOn, paid);
        } else {
            DatePicker issuedOn = CaseFields.pastDay("Day the fixed penalty was issued");
            issuedOn.setValue(LocalDate.now(UkDates.ZONE));
            Button issue = new Button("Issue a fixed penalty of " + EscalationPenalties.pounds(penalties.amountPence()));
            issue.addClickListener(e -> actions.act(() -> penalties.issue(reference, issuedOn.getValue()),
                    "Fixed penalty issued: payable within 14 days",
                    // A refusal about the breach is shown at the day: the form has no other field.
                    Map.of("issuedOn", issuedOn, "breach", issuedOn)));
            content.add(new Paragraph("For a confirmed breach of the notice (s52): payable within 14 days, during "
                    + "which nobody is prosecuted; if it is not paid, the prosecution file follows (s48)."), issuedOn, issue);
        }
        add(content);
    }
}
