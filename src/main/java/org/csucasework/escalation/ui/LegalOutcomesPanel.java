package org.csucasework.escalation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.escalation.EscalationLegalOutcomes;
import org.csucasework.escalation.EscalationLegalOutcomes.LegalOutcomeView;
import org.csucasework.escalation.LegalOutcomeDraft;
import org.csucasework.escalation.LegalOutcomeKind;
import org.csucasework.shared.ui.UkDates;

/**
 * The legal outcomes beyond the ladder (DESIGN 4.4): each injunction, Criminal Behaviour Order, closure notice and
 * closure order with its terms, dates and breaches, for everyone who sees the case; and, for the caseworkers of an open
 * case, the forms to record one, a breach of one, and a closure order's extension (s82).
 */
class LegalOutcomesPanel extends Details {

    private final String reference;
    private final EscalationLegalOutcomes outcomes;
    private final CaseActions actions;

    LegalOutcomesPanel(String reference, List<LegalOutcomeView> recorded, EscalationLegalOutcomes outcomes,
                       boolean canRecord, CaseActions actions) {
        super("Legal outcomes: injunctions, orders and closure");
        this.reference = reference;
        this.outcomes = outcomes;
        this.actions = actions;
        addClassName("legal-outcomes-panel");
        VerticalLayout content = CaseFields.column();
        recorded.forEach(o -> content.add(summary(o)));
        if (canRecord) {
            content.add(recordForm());
            if (!recorded.isEmpty()) {
                content.add(breachForm(recorded));
            }
            List<LegalOutcomeView> orders = recorded.stream().filter(o -> o.kind() == LegalOutcomeKind.CLOSURE_ORDER)
                    .toList();
            if (!orders.isEmpty()) {
                content.add(extensionForm(orders));
            }
        }
        add(content);
    }

    private static VerticalLayout summary(LegalOutcomeView o) {
        VerticalLayout summary = CaseFields.column(new H3(name(o)));
        summary.setSpacing(false);
        summary.add(new Paragraph(o.expiresOn() == null ? "Until further order" : "Ends " + UkDates.day(o.expiresOn())
                + (o.firstExpiresOn() == null ? "" : " (extended from " + UkDates.day(o.firstExpiresOn()) + ")")));
        if (o.premises() != null) {
            summary.add(new Paragraph("Premises: " + o.premises()));
        }
        if (o.terms() != null) {
            summary.add(new Paragraph("Terms: " + o.terms()));
        }
        if (o.kind() == LegalOutcomeKind.INJUNCTION) {
            summary.add(new Paragraph((o.powerOfArrest() ? "Power of arrest attached" : "No power of arrest")
                    + (o.youthOffendingTeamConsulted() ? "; youth offending team consulted" : "")));
        }
        o.breaches().forEach(b -> summary.add(new Paragraph("Breach on " + UkDates.day(b.breachOn()) + ": "
                + b.description())));
        return summary;
    }

    /** "Civil injunction, granted 3 Dec 2026": what it is and its first day, as users say it. */
    private static String name(LegalOutcomeView o) {
        return o.kind().label() + ", " + o.kind().begun() + " "
                + UkDates.day(o.madeOn());
    }

    private FormLayout recordForm() {
        Select<LegalOutcomeKind> kind = CaseFields.choice("Legal outcome", LegalOutcomeKind::label,
                LegalOutcomeKind.values());
        DatePicker madeOn = CaseFields.pastDay("Day granted, made or issued");
        DatePicker expiresOn = UkDates.picker("Day it ends");
        expiresOn.setHelperText("Leave empty for an order until further order (an adult's injunction or CBO)");
        TextArea terms = new TextArea("Terms");
        terms.setMaxLength(EscalationFieldLimits.NOTE);
        terms.setHelperText("What it forbids and what it requires");
        TextField premises = new TextField("Premises closed");
        premises.setMaxLength(EscalationFieldLimits.ADDRESS);
        Checkbox powerOfArrest = new Checkbox("Power of arrest attached");
        Checkbox consulted = new Checkbox("Youth offending team consulted before the application (needed for a "
                + "person under 18)");
        kind.addValueChangeListener(e -> {
            boolean injunction = e.getValue() == LegalOutcomeKind.INJUNCTION;
            powerOfArrest.setVisible(injunction);
            consulted.setVisible(injunction);
            premises.setVisible(e.getValue() == null || e.getValue().closure());
        });
        Button record = new Button("Record the legal outcome");
        record.addClickListener(e -> actions.act(() -> outcomes.record(reference, new LegalOutcomeDraft(
                        kind.getValue(), madeOn.getValue(), expiresOn.getValue(), terms.getValue(), premises.getValue(),
                        powerOfArrest.isVisible() && powerOfArrest.getValue(),
                        consulted.isVisible() && consulted.getValue())), "Legal outcome recorded",
                Map.of("kind", kind, "madeOn", madeOn, "expiresOn", expiresOn, "terms", terms, "premises", premises,
                        "powerOfArrest", powerOfArrest, "youthOffendingTeamConsulted", consulted)));
        FormLayout form = new FormLayout(kind, madeOn, expiresOn, terms, premises, powerOfArrest, consulted, record);
        form.getElement().setAttribute("aria-label", "Record a legal outcome");
        return form;
    }

    /** A choice of the case's outcomes, the latest chosen: most often the one a breach or extension is about. */
    private static Select<LegalOutcomeView> latest(String label, List<LegalOutcomeView> outcomes) {
        Select<LegalOutcomeView> which = CaseFields.choice(label, outcomes, LegalOutcomesPanel::name);
        which.setValue(outcomes.get(outcomes.size() - 1));
        return which;
    }

    private FormLayout breachForm(List<LegalOutcomeView> recorded) {
        Select<LegalOutcomeView> which = latest("Breach of", recorded);
        DatePicker breachOn = CaseFields.pastDay("Day of the breach");
        TextArea description = new TextArea("What was done in breach");
        description.setMaxLength(EscalationFieldLimits.NOTE);
        Button record = new Button("Record the breach");
        record.addClickListener(e -> actions.act(() -> outcomes.breach(reference, which.getValue().id(),
                        breachOn.getValue(), description.getValue()), "Breach recorded",
                Map.of("breachOn", breachOn, "description", description)));
        FormLayout form = new FormLayout(which, breachOn, description, record);
        form.getElement().setAttribute("aria-label", "Record a breach of a legal outcome");
        return form;
    }

    private FormLayout extensionForm(List<LegalOutcomeView> orders) {
        Select<LegalOutcomeView> which = latest("Closure order extended", orders);
        DatePicker extendedTo = UkDates.picker("Now ends on");
        extendedTo.setHelperText("6 months in all at most from the day it was made (s82)");
        Button extend = new Button("Record the extension");
        extend.addClickListener(e -> actions.act(() -> outcomes.extend(reference, which.getValue().id(),
                extendedTo.getValue()), "Extension recorded", Map.of("extendedTo", extendedTo)));
        FormLayout form = new FormLayout(which, extendedTo, extend);
        form.getElement().setAttribute("aria-label", "Record a closure order's extension");
        return form;
    }
}
