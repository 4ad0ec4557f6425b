package org.csucasework.escalation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationFieldLimits;

/**
 * The case's own settings at the foot of its page, for the caseworkers of an open case: the person's age confirmed,
 * where letters go, sharing with a partner agency, de-escalation and closure. Each checks the case's version, so a
 * change made meanwhile by someone else is a clear conflict.
 */
final class CaseSettingsPanels {

    private final EscalationCases cases;
    private final CaseDetails d;
    private final CaseActions actions;

    CaseSettingsPanels(EscalationCases cases, CaseDetails d, CaseActions actions) {
        this.cases = cases;
        this.d = d;
        this.actions = actions;
    }

    Component ageConfirmation() {
        TextField how = new TextField("How you checked the person is 16 or over");
        how.setMaxLength(EscalationFieldLimits.NOTE);
        how.setWidthFull();
        Button confirm = new Button("Confirm 16 or over");
        confirm.addClickListener(e -> actions.act(() -> cases.confirmAgeSixteenOrOver(d.reference(), d.version(),
                how.getValue()), "Age confirmed", Map.of("ageConfirmation", how)));
        return new Details("Confirm the person's age", new VerticalLayout(how, confirm));
    }

    Component letters() {
        TextArea letterAddress = new TextArea("Address for letters");
        letterAddress.setValue(d.letterAddress() == null ? "" : d.letterAddress());
        Checkbox young = new Checkbox("Young person (under 18)", d.youngPerson());
        TextField guardianName = new TextField("Parent or guardian");
        guardianName.setValue(d.guardianName() == null ? "" : d.guardianName());
        TextArea guardianAddress = new TextArea("Parent's or guardian's address");
        guardianAddress.setValue(d.guardianAddress() == null ? "" : d.guardianAddress());
        Button save = new Button("Save");
        save.addClickListener(e -> actions.act(() -> cases.changeDetails(d.reference(), d.version(),
                        letterAddress.getValue(), young.getValue(), guardianName.getValue(), guardianAddress.getValue()),
                "Saved", Map.of("letterAddress", letterAddress, "guardianName", guardianName,
                        "guardianAddress", guardianAddress)));
        FormLayout form = new FormLayout(letterAddress, young, guardianName, guardianAddress);
        return new Details("Where letters go", new VerticalLayout(form, save));
    }

    Component share(Map<String, String> agencies) {
        ComboBox<String> agency = new ComboBox<>("Agency");
        agency.setItems(agencies.keySet());
        agency.setItemLabelGenerator(code -> agencies.getOrDefault(code, code));
        TextField why = new TextField("Why they need to see it");
        why.setMaxLength(EscalationFieldLimits.SHARE_REASON);
        Button share = new Button("Share");
        share.addClickListener(e -> actions.act(() -> cases.share(d.reference(), agency.getValue(), why.getValue()),
                "Shared", Map.of("agencyCode", agency, "shareReason", why)));
        return new Details("Share with a partner agency", new VerticalLayout(agency, why, share));
    }

    Component deEscalate() {
        Select<String> to = new Select<>();
        to.setLabel("Down to");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("", "No stage");
        d.ladder().forEach(r -> labels.put(r.code(), r.label()));
        to.setItems(labels.keySet());
        to.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        to.setValue("");
        TextArea why = new TextArea("Reason");
        why.setMaxLength(EscalationFieldLimits.NOTE);
        Button deEscalate = new Button("De-escalate");
        deEscalate.addClickListener(e -> actions.act(() -> cases.deEscalate(d.reference(), d.version(),
                        to.getValue() == null || to.getValue().isEmpty() ? null : to.getValue(), why.getValue()),
                "De-escalated", Map.of("deEscalateTo", to, "deEscalateReason", why)));
        return new Details("De-escalate", new VerticalLayout(to, why, deEscalate));
    }

    Component close() {
        TextArea why = new TextArea("Reason for closing");
        why.setMaxLength(EscalationFieldLimits.NOTE);
        Button close = new Button("Close the case");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> actions.act(() -> cases.close(d.reference(), d.version(), why.getValue()),
                "Case closed", Map.of("closeReason", why)));
        return new Details("Close the case", new VerticalLayout(why, close));
    }
}
