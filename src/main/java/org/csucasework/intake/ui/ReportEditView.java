package org.csucasework.intake.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csucasework.intake.HateCharacteristic;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportEdit;
import org.csucasework.intake.ReportEditing;
import org.csucasework.intake.ReportFieldLimits;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.Ward;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Correcting a logged report: category, ward, place, the day it happened, description and the people involved (and, for supervisors, the
 * case officer). Saved from the version the page was opened with: when someone else saved a change meanwhile the
 * page says so plainly, keeps everything typed, and lets the user look at their change before saving again.
 */
@Route("reports/:reference/edit")
@PageTitle("Edit a report | CSU Casework")
@RolesAllowed({Role.CASEWORKER_NAME, Role.PARTNER_NAME, Role.SUPERVISOR_NAME})
public class ReportEditView extends VerticalLayout implements BeforeEnterObserver {

    private static final Locale LOCALE = Locale.UK;

    private final ReportService reports;
    private final ReportEditing editing;
    private final CurrentUser user;

    final ComboBox<Category> category = new ComboBox<>("Category");
    final ComboBox<Ward> ward = new ComboBox<>("Ward");
    final TextField location = new TextField("Place (address or name)");
    final TextArea description = new TextArea("Description");
    final DatePicker incidentDate = new DatePicker("Date the behaviour happened");
    final ComboBox<String> caseOfficer = new ComboBox<>("Case officer");
    final CheckboxGroup<HateCharacteristic> targetedFor =
            new CheckboxGroup<>("Targeted for who they are? Tick each that the victim says (a possible hate incident)");
    final VerticalLayout people = new VerticalLayout();
    final List<PersonRow> rows = new ArrayList<>();
    final Div message = new Div();
    final Button save = new Button("Save changes");
    private final List<Category> categories;
    private final List<Ward> wards;
    private String reference;
    private long version;

    public ReportEditView(ReportService reports, ReportEditing editing, ReferenceDataService referenceData,
                          UserService users) {
        this.reports = reports;
        this.editing = editing;
        this.user = users.requireCurrentUser();
        this.categories = referenceData.activeCategories();
        this.wards = referenceData.activeWards();
        setMaxWidth("60em");
        addClassName("report-edit");
        category.setItems(categories);
        category.setItemLabelGenerator(Category::getName);
        ward.setItems(wards);
        ward.setItemLabelGenerator(Ward::getName);
        location.setMaxLength(ReportFieldLimits.LOCATION);
        location.setWidthFull();
        description.setMaxLength(ReportFieldLimits.DESCRIPTION);
        description.setWidthFull();
        incidentDate.setLocale(LOCALE);
        incidentDate.setHelperText("It decides ASB Case Review counts");
        caseOfficer.setItems(users.activeOfficers().stream().map(CurrentUser::username).toList());
        caseOfficer.setVisible(user.has(Role.SUPERVISOR));
        targetedFor.setItems(HateCharacteristic.values());
        targetedFor.setItemLabelGenerator(HateCharacteristic::label);
        targetedFor.addClassName("hate-characteristics");
        message.getElement().setAttribute("role", "alert");
        message.addClassName("edit-message");
        people.setPadding(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        removeAll();
        ReportDetails report;
        try {
            report = reports.details(reference);
            reports.requireManageable(reference);
        } catch (NotFoundException | AccessDeniedException e) {
            add(new H1("Report not found"), new Paragraph("There is no report " + reference + " that you may change."));
            return;
        }
        version = report.version();
        category.setValue(categories.stream().filter(c -> c.getCode().equals(report.categoryCode())).findFirst()
                .orElse(null));
        ward.setValue(wards.stream().filter(w -> w.getCode().equals(report.wardCode())).findFirst().orElse(null));
        location.setValue(report.placeLabel() == null ? "" : report.placeLabel());
        description.setValue(report.description() == null ? "" : report.description());
        incidentDate.setValue(report.incidentDate());
        caseOfficer.setValue(null);
        targetedFor.setValue(report.hateCharacteristics());
        people.removeAll();
        rows.clear();
        for (ReportDetails.Involved involved : report.subjects()) {
            addRow(involved.role(), involved.person());
        }
        Button addPerson = new Button("Add a person", e -> addRow(null, null));
        addPerson.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor back = new Anchor("reports/" + reference, "Back to the report without saving");
        HorizontalLayout actions = new HorizontalLayout(save, back);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H1("Edit report " + reference), message, category, ward, location, incidentDate, description,
                targetedFor, caseOfficer,
                new H2("People involved"), people, addPerson, actions);
    }

    private void addRow(SubjectRole role, ReportDetails.PersonRef person) {
        PersonRow row = new PersonRow(role, person);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            people.remove(row);
        });
        rows.add(row);
        people.add(row);
    }

    void save() {
        List<NewReport.Subject> subjects = rows.stream().map(PersonRow::subject).toList();
        ReportEdit edit = new ReportEdit(version, category.getValue() == null ? null : category.getValue().getCode(),
                ward.getValue() == null ? null : ward.getValue().getCode(), location.getValue(),
                description.getValue(), incidentDate.getValue(), subjects, caseOfficer.getValue(),
                java.util.Set.copyOf(targetedFor.getValue()));
        try {
            version = editing.edit(reference, edit);
            getUI().ifPresent(ui -> ui.navigate("reports/" + reference));
        } catch (ValidationException e) {
            List<FieldError> elsewhere = FieldErrors.show(e.errors(), fields());
            showMessage("Nothing was saved: correct the marked fields."
                    + (elsewhere.isEmpty() ? "" : " " + elsewhere.get(0).message()), false);
        } catch (ConflictException e) {
            // Everything typed stays; the user looks at the other change, then saves theirs over it if still right.
            message.removeAll();
            Anchor theirs = new Anchor("reports/" + reference, "Open the report as it is now (in a new tab)");
            theirs.setTarget("_blank");
            Button keepMine = new Button("Save my changes over theirs", click -> {
                version = reports.details(reference).version();
                save();
            });
            message.add(new Paragraph(e.getMessage()), theirs, keepMine);
            message.addClassName("conflict");
        }
    }

    private void showMessage(String text, boolean conflict) {
        message.removeAll();
        message.add(new Paragraph(text));
        message.setClassName("conflict", conflict);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("categoryCode", category);
        fields.put("wardCode", ward);
        fields.put("location", location);
        fields.put("description", description);
        fields.put("incidentDate", incidentDate);
        fields.put("caseOfficer", caseOfficer);
        fields.put("hateCharacteristics", targetedFor);
        for (int i = 0; i < rows.size(); i++) {
            fields.put("subjects[" + i + "].role", rows.get(i).role);
            fields.put("subjects[" + i + "].name", rows.get(i).name);
            fields.put("subjects[" + i + "].dateOfBirth", rows.get(i).dateOfBirth);
        }
        return fields;
    }

    /** One person involved: their role, name and date of birth; a person on record keeps their id. */
    static final class PersonRow extends HorizontalLayout {

        final Select<SubjectRole> role = new Select<>();
        final TextField name = new TextField("Name");
        final DatePicker dateOfBirth = new DatePicker("Date of birth");
        final Button remove = new Button("Remove");
        private final ReportDetails.PersonRef onRecord;

        PersonRow(SubjectRole chosen, ReportDetails.PersonRef person) {
            this.onRecord = person;
            role.setLabel("Role");
            role.setItems(SubjectRole.values());
            role.setItemLabelGenerator(SubjectRole::label);
            role.setValue(chosen);
            dateOfBirth.setLocale(LOCALE);
            if (person != null) {
                name.setValue(person.fullName());
                name.setReadOnly(true);
                dateOfBirth.setValue(person.dateOfBirth());
                dateOfBirth.setReadOnly(true);
            }
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + (person == null ? "this person" : person.fullName()));
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(role, name, dateOfBirth, remove);
        }

        NewReport.Subject subject() {
            return new NewReport.Subject(role.getValue(), onRecord != null
                    ? new PersonDetails(onRecord.id(), onRecord.fullName(), onRecord.dateOfBirth(), null, null, null)
                    : new PersonDetails(null, name.getValue(), dateOfBirth.getValue(), null, null, null));
        }
    }
}
