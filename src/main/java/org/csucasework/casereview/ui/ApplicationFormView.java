package org.csucasework.casereview.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csucasework.casereview.ApplicantKind;
import org.csucasework.casereview.CaseReviewFieldLimits;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.casereview.NewApplication;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;

/**
 * Staff record an application for an ASB Case Review: who applies, the victim's consent when on their behalf, the
 * behaviour, and the reports relied on (a report page's link fills in its reference). Errors stay at their fields
 * with everything typed kept; a second click saves nothing twice (one idempotency key per form).
 */
@Route("case-reviews/new")
@PageTitle("New ASB Case Review application | CSU Casework")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
public class ApplicationFormView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseReviewService applications;
    private final String idempotencyKey = UUID.randomUUID().toString();

    final ComboBox<ApplicantKind> kind = new ComboBox<>("Who is applying");
    final TextField name = new TextField("Applicant's name (person, community group or business)");
    final TextField phone = new TextField("Applicant's phone");
    final TextField email = new TextField("Applicant's e-mail");
    final TextField address = new TextField("Applicant's address");
    final TextField victimName = new TextField("Victim's name (when applying on their behalf)");
    final Checkbox consent = new Checkbox("The victim's consent to apply on their behalf is recorded");
    final TextField consentNote = new TextField("How the consent was given");
    final TextArea description = new TextArea("The behaviour the application is about");
    final TextField references = new TextField("Reports relied on (references, separated by commas)");
    final Div errors = new Div();
    final ListedIncidentsForm incidents = new ListedIncidentsForm();
    final Button save = new Button("Record the application");

    public ApplicationFormView(CaseReviewService applications) {
        this.applications = applications;
        addClassName("case-review-application");
        kind.setItems(ApplicantKind.values());
        kind.setItemLabelGenerator(ApplicantKind::label);
        kind.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(CaseReviewFieldLimits.NAME);
        phone.setHelperText("A phone, an e-mail or an address, so the applicant can be told the decision");
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(CaseReviewFieldLimits.DESCRIPTION);
        description.setWidthFull();
        references.setHelperText("For example CSU-2026-000123, CSU-2026-000140. Complaints not on record are "
                + "listed below.");
        errors.getElement().setAttribute("role", "alert");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(kind, name, phone, email, address, victimName, consent, consentNote,
                references);
        add(new H1("New ASB Case Review application"), new Paragraph("A victim, someone on their behalf with their "
                + "consent, a community or a business may apply (s104 of the 2014 Act)."), errors, form, description,
                incidents, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("report").ifPresent(references::setValue);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new java.util.HashMap<>(Map.of("applicant.name", name, "applicant.phone", phone, "applicant.email", email,
                "applicant.address", address, "victimName", victimName, "consentNote", consentNote,
                "reportReferences", references));
        fields.put("applicantKind", kind);
        fields.put("description", description);
        fields.putAll(incidents.fields());
        return fields;
    }

    void save() {
        List<String> refs = references.getValue().isBlank() ? List.of()
                : Arrays.stream(references.getValue().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        NewApplication application = new NewApplication(kind.getValue(), new NewApplication.Applicant(null,
                name.getValue(), phone.getValue(), email.getValue(), address.getValue()), victimName.getValue(),
                consent.getValue(), consentNote.getValue(), description.getValue(), refs, incidents.incidents());
        try {
            CaseReviewService.Applied applied = applications.apply(application, idempotencyKey);
            getUI().ifPresent(ui -> ui.navigate("case-reviews/" + applied.reference()));
        } catch (ValidationException e) {
            List<FieldError> rest = FieldErrors.show(e.errors().stream()
                    .map(err -> err.field().startsWith("reportReferences[")
                            ? new FieldError("reportReferences", err.message()) : err)
                    .toList(), fields());
            errors.removeAll();
            rest.forEach(err -> errors.add(new Paragraph(err.message())));
            consent.getElement().setAttribute("aria-invalid", String.valueOf(e.errors().stream()
                    .anyMatch(err -> err.field().equals("consentRecorded"))));
            e.errors().stream().filter(err -> err.field().equals("consentRecorded"))
                    .forEach(err -> errors.add(new Paragraph(err.message())));
        }
    }
}
