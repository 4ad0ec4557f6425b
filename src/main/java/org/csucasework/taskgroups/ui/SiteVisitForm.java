package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.csucasework.actions.ActionEntry;
import org.csucasework.actions.NewAction;
import org.csucasework.reference.Agency;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.NewSiteVisit;
import org.csucasework.taskgroups.SubjectKind;
import org.csucasework.taskgroups.SubjectOption;
import org.csucasework.taskgroups.TaskGroupFieldLimits;

/**
 * Records a partnership site visit: the place (fixed on a place's page, chosen on a person group's page), the group
 * it was for, the day, the agencies present, the findings and the follow-up: actions for the group's action plan
 * when there is a group, a note otherwise. A plain component that fires {@link SaveEvent}.
 */
public class SiteVisitForm extends VerticalLayout {

    static final String NO_GROUP = "No group";

    final ComboBox<SubjectOption> place = new ComboBox<>("Place visited");
    final Select<String> group = new Select<>();
    final DatePicker visitDate = UkDates.picker("Date of the visit");
    final MultiSelectComboBox<String> agencies = new MultiSelectComboBox<>("Agencies present");
    final TextArea findings = new TextArea("Findings");
    final TextArea followUp = new TextArea("Follow-up");
    final VerticalLayout actionRows = new VerticalLayout();
    final Button addAction = new Button("Add a follow-up action");
    final Button save = new Button("Record the visit");
    private final Paragraph formError = new Paragraph();

    private final List<Agency> agencyList;
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final List<ActionEntry> entries = new ArrayList<>();

    public SiteVisitForm(List<Agency> agencyList, List<GroupSummary> groups, SubjectOption fixedPlace,
                         Function<String, List<SubjectOption>> placeSuggestions, String fixedGroup) {
        this.agencyList = agencyList;
        addClassName("site-visit-form");
        setPadding(false);

        place.setItems(query -> {
            String filter = query.getFilter().orElse("");
            List<SubjectOption> found = new ArrayList<>(filter.isBlank() ? List.of()
                    : placeSuggestions.apply(filter).stream().filter(o -> o.kind() == SubjectKind.PLACE).toList());
            if (place.getValue() != null && filter.isBlank()) {
                found.add(0, place.getValue());
            }
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        place.setItemLabelGenerator(SubjectOption::label);
        place.setRequiredIndicatorVisible(true);
        place.setWidthFull();
        if (fixedPlace != null) {
            place.setValue(fixedPlace);
            place.setReadOnly(true);
        }

        Map<String, String> groupLabels = new LinkedHashMap<>();
        groupLabels.put(NO_GROUP, "Not for a group");
        groups.forEach(g -> groupLabels.put(g.reference(), g.reference() + " " + g.title()));
        group.setLabel("For the group");
        group.setItems(groupLabels.keySet());
        group.setItemLabelGenerator(key -> groupLabels.getOrDefault(key, key));
        group.setValue(fixedGroup != null ? fixedGroup : NO_GROUP);
        group.setReadOnly(fixedGroup != null);
        group.addValueChangeListener(e -> showFollowUpKind());

        Map<String, String> names = new LinkedHashMap<>();
        agencyList.forEach(a -> names.put(a.getCode(), a.getName()));
        agencies.setItems(names.keySet());
        agencies.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        agencies.setHelperText("A partnership visit has at least two agencies");
        agencies.setRequiredIndicatorVisible(true);
        visitDate.setRequiredIndicatorVisible(true);
        findings.setMaxLength(TaskGroupFieldLimits.FINDINGS);
        findings.setRequiredIndicatorVisible(true);
        findings.setMinHeight("5em");
        followUp.setMaxLength(TaskGroupFieldLimits.FOLLOW_UP);
        followUp.setHelperText("What is to follow: without a group this is a note, not actions");

        fieldsByName.put("place", place);
        fieldsByName.put("group", group);
        fieldsByName.put("visitDate", visitDate);
        fieldsByName.put("agencies", agencies);
        fieldsByName.put("findings", findings);
        fieldsByName.put("followUp", followUp);

        formError.getElement().setAttribute("role", "alert");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);

        actionRows.setPadding(false);
        addAction.addClickListener(e -> addActionRow());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, value())));

        FormLayout fields = new FormLayout(place, group, visitDate, agencies, findings, followUp);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setColspan(place, 2);
        fields.setColspan(findings, 2);
        fields.setColspan(followUp, 2);
        add(new H3("Record a partnership site visit"), formError, fields, actionRows, addAction, save);
        showFollowUpKind();
    }

    private void addActionRow() {
        ActionEntry entry = new ActionEntry(agencyList);
        entry.removable(() -> {
            entries.remove(entry);
            actionRows.remove(entry);
        });
        entry.removeButton().setText("Remove this follow-up action");
        entries.add(entry);
        actionRows.add(entry);
        entry.focus();
    }

    private void showFollowUpKind() {
        boolean forGroup = !NO_GROUP.equals(group.getValue());
        actionRows.setVisible(forGroup);
        addAction.setVisible(forGroup);
    }

    public NewSiteVisit value() {
        boolean forGroup = !NO_GROUP.equals(group.getValue());
        List<NewAction> actions = forGroup ? entries.stream().map(ActionEntry::value).toList() : List.of();
        return new NewSiteVisit(place.getValue() == null ? null : place.getValue().id(),
                forGroup ? group.getValue() : null, visitDate.getValue(), agencies.getValue(), findings.getValue(),
                followUp.getValue(), actions);
    }

    /** Marks the refused fields (and those of each follow-up action), keeping everything typed. */
    public List<FieldError> showErrors(List<FieldError> errors) {
        List<FieldError> rest = FieldErrors.show(errors, fieldsByName);
        for (int i = 0; i < entries.size(); i++) {
            rest = entries.get(i).showErrors(rest, "actions[" + i + "].");
        }
        formError.setText(Notices.messages(rest));
        formError.setVisible(!rest.isEmpty());
        return rest;
    }

    public void clear() {
        visitDate.clear();
        agencies.clear();
        findings.clear();
        followUp.clear();
        entries.clear();
        actionRows.removeAll();
        FieldErrors.clear(fieldsByName);
        formError.setVisible(false);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<SiteVisitForm> {
        private final NewSiteVisit visit;

        SaveEvent(SiteVisitForm source, NewSiteVisit visit) {
            super(source, false);
            this.visit = visit;
        }

        public NewSiteVisit visit() {
            return visit;
        }
    }
}
