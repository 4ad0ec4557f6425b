package org.csucasework.escalation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.escalation.EscalationPenalties;
import org.csucasework.escalation.EscalationRemedialWorks;
import org.csucasework.shared.ui.UkDates;

/** Works in default after a confirmed breach of the notice (s47): what, when, the cost and what was recovered. */
class WorksPanel extends Details {

    WorksPanel(String reference, EscalationRemedialWorks works, CaseActions actions) {
        super("Works in default");
        VerticalLayout content = CaseFields.column();
        works.works(reference).forEach(w -> content.add(new Paragraph(UkDates.day(w.doneOn()) + ": " + w.description()
                + " · cost " + EscalationPenalties.pounds(w.costPence()) + ", recovered "
                + EscalationPenalties.pounds(w.recoveredPence()))));
        TextArea what = new TextArea("Work done");
        what.setMaxLength(EscalationFieldLimits.NOTE);
        DatePicker doneOn = CaseFields.pastDay("Day it was done");
        BigDecimalField cost = new BigDecimalField("Cost (£)");
        Button record = new Button("Record the works");
        record.addClickListener(e -> actions.act(() -> works.record(reference, what.getValue(), doneOn.getValue(),
                        cost.getValue() == null ? null : cost.getValue().movePointRight(2).intValue()),
                "Works in default recorded", Map.of("description", what, "doneOn", doneOn, "costPence", cost)));
        content.add(new Paragraph("After a confirmed breach of the notice the council may do the work it required and "
                + "recover the cost (s47)."), what, doneOn, cost, record);
        add(content);
    }
}
