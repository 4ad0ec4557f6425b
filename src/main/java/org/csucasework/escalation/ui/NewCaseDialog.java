package org.csucasework.escalation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.NewCase;
import org.csucasework.intake.ReportDetails;
import org.csucasework.shared.ValidationException;

/** Opens a case by hand: a report about the person, the person (one of that report's people), and where letters go. */
class NewCaseDialog extends Dialog {

    final TextField reportReference = new TextField("Report reference");
    final ComboBox<ReportDetails.PersonRef> person = new ComboBox<>("Person");
    final TextArea letterAddress = new TextArea("Address for letters");
    final Checkbox youngPerson = new Checkbox("Young person (under 18): letters also go to a parent or guardian");
    final TextField guardianName = new TextField("Parent or guardian");
    final TextArea guardianAddress = new TextArea("Parent's or guardian's address");
    final Button open = new Button("Open the case");

    NewCaseDialog(EscalationService escalation, EscalationCases cases, Consumer<String> opened) {
        setHeaderTitle("Open an escalation case");
        reportReference.setPlaceholder("CSU-2026-000123");
        reportReference.setValueChangeMode(ValueChangeMode.ON_BLUR);
        reportReference.addValueChangeListener(e -> {
            List<ReportDetails.PersonRef> people = escalation.peopleInReport(e.getValue()).stream()
                    .map(ReportDetails.Involved::person).toList();
            person.setItems(people);
            if (people.size() == 1) {
                person.setValue(people.get(0));
            }
        });
        person.setItemLabelGenerator(p -> p.fullName() + (p.dateOfBirth() == null ? "" : " (born " + Messages.day(p.dateOfBirth()) + ")"));
        person.setHelperText("The people named in the report");
        letterAddress.setMaxLength(EscalationFieldLimits.ADDRESS);
        letterAddress.setHelperText("Empty: the address on the person's record");
        guardianName.setMaxLength(EscalationFieldLimits.NAME);
        guardianAddress.setMaxLength(EscalationFieldLimits.ADDRESS);
        Map<String, HasValidation> fields = Map.of("reportReference", reportReference, "personId", person,
                "letterAddress", letterAddress, "guardianName", guardianName, "guardianAddress", guardianAddress);

        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> {
            try {
                String reference = cases.open(new NewCase(reportReference.getValue(),
                        person.getValue() == null ? null : person.getValue().id(), letterAddress.getValue(),
                        youngPerson.getValue(), guardianName.getValue(), guardianAddress.getValue()));
                close();
                Messages.success("Opened case " + reference);
                opened.accept(reference);
            } catch (ValidationException ex) {
                Messages.refused(Messages.show(ex.errors(), fields));
            }
        });
        FormLayout form = new FormLayout(reportReference, person, letterAddress, youngPerson, guardianName,
                guardianAddress);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("32rem");
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), open);
    }
}
