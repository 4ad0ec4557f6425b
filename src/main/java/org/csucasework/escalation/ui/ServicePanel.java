package org.csucasework.escalation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.EscalationDeadlines;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.shared.ui.UkDates;

/**
 * Recording the service of an approved step. Its deadlines run from the day of service (never from approval), so
 * the day may not be before the approval nor after today.
 */
class ServicePanel extends VerticalLayout {

    ServicePanel(CaseDetails.StepView step, EscalationDeadlines deadlines, CaseActions actions) {
        DatePicker servedOn = CaseFields.pastDay("Date served");
        servedOn.setValue(LocalDate.now(UkDates.ZONE));
        servedOn.setMin(step.approvedOn());
        Select<ServiceMethod> method = CaseFields.choice("How it was served", ServiceMethod::label,
                ServiceMethod.values());
        method.setValue(step.serviceMethod());
        TextField servedBy = new TextField("Served by");
        servedBy.setMaxLength(EscalationDeadlines.SERVED_BY_MAX);
        servedBy.setHelperText("The officer who served it");
        Button record = new Button("Record the service");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> actions.act(() -> deadlines.serve(step.id(), servedOn.getValue(),
                        method.getValue(), servedBy.getValue()), step.stageLabel() + " served: its deadlines run from "
                        + UkDates.day(servedOn.getValue()),
                Map.of("servedOn", servedOn, "method", method, "servedBy", servedBy)));
        add(new H2("Serve the " + step.stageLabel()), new Paragraph("Approved by " + step.decidedBy() + " on "
                        + UkDates.day(step.approvedOn()) + ". Nothing runs until it is served: the time to comply, the "
                        + "term, the watch period and a notice's 21 days to appeal all count from the day of service. "
                        + "Download the documents below, serve them, then record the service."),
                new FormLayout(servedOn, method, servedBy), record);
        addClassName("service-panel");
    }
}
