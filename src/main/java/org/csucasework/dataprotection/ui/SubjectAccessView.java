package org.csucasework.dataprotection.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.dataprotection.PersonMatch;
import org.csucasework.dataprotection.SubjectAccessService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;

/**
 * Subject access requests for supervisors and administrators: find the person, download everything held about them
 * (PDF for the person, JSON for another system), or erase them with the reason for the erasure.
 */
@Route("data-protection/subject-access")
@PageTitle("Subject access | CSU Casework")
@Menu(title = "Subject access", order = 94, icon = "vaadin:user-card")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class SubjectAccessView extends VerticalLayout {

    private final SubjectAccessService subjectAccess;
    final TextField name = new TextField("Person's name");
    final Button search = new Button("Find");
    final Grid<PersonMatch> people = new Grid<>();
    final VerticalLayout selected = new VerticalLayout();
    final TextArea reason = new TextArea("Reason for the erasure");
    final Button erase = new Button("Erase this person…");
    Dialog confirmation;
    private PersonMatch person;

    public SubjectAccessView(SubjectAccessService subjectAccess) {
        this.subjectAccess = subjectAccess;
        name.setHelperText("At least two letters; the start of the name");
        name.setClearButtonVisible(true);
        name.addKeyPressListener(Key.ENTER, e -> find());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> find());
        HorizontalLayout searchBar = new HorizontalLayout(name, search);
        searchBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        people.setId("people-found");
        people.setAriaLabel("People found");
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        people.addColumn(PersonMatch::fullName).setHeader("Name").setKey("name").setAutoWidth(true);
        people.addColumn(p -> UkDates.day(p.dateOfBirth())).setHeader("Date of birth")
                .setKey("dob").setAutoWidth(true);
        people.addColumn(p -> p.address() == null ? "" : p.address()).setHeader("Address").setKey("address");
        people.addColumn(PersonMatch::reports).setHeader("Reports").setKey("reports").setAutoWidth(true);
        people.setHeight("14rem");
        people.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        reason.setHelperText("The request, and who agreed the erasure; it is kept in the data protection record");
        reason.setMaxLength(SubjectAccessService.REASON_MAX);
        reason.setWidthFull();
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> confirmErasure());
        selected.setPadding(false);
        selected.setVisible(false);

        add(new H1("Subject access"), new Paragraph("Exports leave out other people's names and details; free text"
                + " is shown as recorded. Check it for information about other people before you release it."),
                searchBar, people, selected);
    }

    private void find() {
        name.setInvalid(false);
        try {
            people.setItems(subjectAccess.findPeople(name.getValue()));
        } catch (ValidationException e) {
            name.setErrorMessage(e.errors().get(0).message());
            name.setInvalid(true);
        }
    }

    private void select(PersonMatch match) {
        person = match;
        selected.removeAll();
        selected.setVisible(match != null);
        if (match == null) {
            return;
        }
        reason.clear();
        reason.setInvalid(false);
        selected.add(new H2(match.fullName()),
                new HorizontalLayout(download("Download PDF", "subject-access-" + match.id() + ".pdf",
                        "application/pdf", subjectAccess::exportPdf),
                        download("Download JSON", "subject-access-" + match.id() + ".json", "application/json",
                                subjectAccess::exportJson)),
                reason, erase);
    }

    private Anchor download(String label, String fileName, String type, Function<Long, byte[]> export) {
        Long personId = person.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] content = export.apply(personId);
                return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
            } catch (NotFoundException e) {
                return DownloadResponse.error(404);
            }
        }), label);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", label + " of everything held about " + person.fullName());
        return link;
    }

    private void confirmErasure() {
        if (reason.getValue().trim().length() < SubjectAccessService.REASON_MIN) {
            // Checked again by the service; asked here first so that the dialog is not opened in vain.
            showReasonError("Give the reason for the erasure (at least " + SubjectAccessService.REASON_MIN
                    + " characters), for example the request and the decision on it");
            return;
        }
        confirmation = new Dialog();
        confirmation.setHeaderTitle("Erase " + person.fullName() + "?");
        confirmation.add(new Paragraph("Their details are overwritten, their name is taken out of every record"
                + " they are in, and the letters of their escalation cases are deleted. This cannot be undone."));
        Button confirm = new Button("Erase", e -> {
            confirmation.close();
            eraseNow();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> confirmation.close());
        confirmation.getFooter().add(cancel, confirm);
        confirmation.open();
        cancel.focus();
    }

    private void eraseNow() {
        try {
            subjectAccess.erase(person.id(), person.version(), reason.getValue());
            Notices.success("The person was erased and the reason recorded.");
            people.setItems(subjectAccess.findPeople(name.getValue()));
            select(null);
        } catch (ValidationException e) {
            e.errors().stream().filter(error -> "reason".equals(error.field())).map(FieldError::message).findFirst()
                    .ifPresent(this::showReasonError);
        } catch (ConflictException e) {
            // The reason typed stays; the user searches again to see the current record.
            Notices.error(e.getMessage());
        }
    }

    private void showReasonError(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
        reason.focus();
    }
}
